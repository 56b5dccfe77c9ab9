package org.frontline.cases;

import java.util.Optional;
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

    CaseOverviews(CaseRepository cases, Posts posts) {
        this.cases = cases;
        this.posts = posts;
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
