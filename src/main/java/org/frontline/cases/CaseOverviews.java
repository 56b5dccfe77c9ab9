package org.frontline.cases;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.cases.internal.ContactRepository;
import org.frontline.cases.internal.CaseRepository;
import org.frontline.ingest.PostId;
import org.frontline.ingest.Posts;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/** Reads a case's overview for other modules (replies, ideas), scoped by workspace. */
@Component
public class CaseOverviews {

    private final CaseRepository cases;
    private final Posts posts;
    private final ContactRepository contacts;

    CaseOverviews(CaseRepository cases, Posts posts, ContactRepository contacts) {
        this.cases = cases;
        this.posts = posts;
        this.contacts = contacts;
    }

    /** The contact, assignee and the contact's e-mail addresses of a case (for surveys and attrition signals). */
    public Optional<CaseParties> parties(WorkspaceId workspace, CaseId id) {
        return cases.find(workspace, id).map(record -> {
            var contact = cases.contactOf(workspace, id).orElse(null);
            var emails = contact == null ? List.<String>of() : contacts.identities(workspace, contact).stream()
                    .map(ContactRepository.Identity::email)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList();
            return new CaseParties(id, contact, record.assignee(), emails);
        });
    }

    /** The case's priority, team and assignee now; empty when it does not exist in the workspace. */
    public Optional<CaseRoutingView> routing(WorkspaceId workspace, CaseId id) {
        return cases.find(workspace, id).map(record -> new CaseRoutingView(record.priority(), record.team(), record.assignee()));
    }

    public Optional<CaseOverview> find(WorkspaceId workspace, CaseId id) {
        return cases.find(workspace, id).flatMap(record -> posts.find(workspace, record.firstPost())
                .map(post -> new CaseOverview(id, post.channel().wireName(), post.author().label(), record.subject(), record.status())));
    }

    /** The case a mention belongs to (a post that matched no query, or was merged away, has none). */
    public Optional<CaseId> caseOf(WorkspaceId workspace, PostId post) {
        return cases.caseOfPost(workspace, post);
    }
}
