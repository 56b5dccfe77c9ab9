package org.frontline.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.frontline.cases.CaseStatus;
import org.frontline.ingest.PostView;
import org.frontline.ingest.Posts;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Finds the case a new mention belongs to: the case of the post it replies to (by the channel's thread
 * ids), else the same author's case on the same channel if it moved within the follow-up window. Closed
 * cases take nothing: writing again after a case is closed opens a new one.
 */
@Component
class Threading {

    private final CaseRepository cases;
    private final Posts posts;
    private final Clock clock;
    private final Duration followUpWindow;

    Threading(CaseRepository cases, Posts posts, Clock clock, @Value("${frontline.cases.follow-up-window:PT2H}") Duration followUpWindow) {
        this.cases = cases;
        this.posts = posts;
        this.clock = clock;
        this.followUpWindow = followUpWindow;
    }

    Optional<CaseRecord> caseFor(WorkspaceId workspace, PostView post) {
        return byThread(workspace, post).or(() -> cases.latestOpenCaseOf(workspace, contactKey(post), clock.instant().minus(followUpWindow)));
    }

    private Optional<CaseRecord> byThread(WorkspaceId workspace, PostView post) {
        return threadOf(workspace, post).map(CaseThread::caseRecord);
    }

    /** The case (not closed) that holds the post this one replies to, by the channel's thread ids. */
    Optional<CaseThread> threadOf(WorkspaceId workspace, PostView post) {
        if (post.inReplyTo() == null) {
            return Optional.empty();
        }
        return posts.findByExternalId(workspace, post.channel(), post.inReplyTo())
                .flatMap(parent -> posts.find(workspace, parent))
                .flatMap(parent -> cases.caseOfPost(workspace, parent.id())
                        .flatMap(id -> cases.find(workspace, id))
                        .filter(c -> c.status() != CaseStatus.CLOSED)
                        .map(c -> new CaseThread(c, parent, cases.contactKeyOf(workspace, c.id()).orElse(null))));
    }

    /** A case's thread as seen from a reply: the case, the post replied to and the case's customer. */
    record CaseThread(CaseRecord caseRecord, PostView parent, @Nullable String caseContactKey) {

        /**
         * Whether the reply comes from someone already in this conversation: the case's customer, or the author
         * of the post it answers. The brand's own account and bystanders in a busy public thread are not.
         */
        boolean byParticipant(PostView reply) {
            var key = contactKey(reply);
            return key.equals(caseContactKey) || key.equals(contactKey(parent));
        }
    }

    /** Who wrote it, as the channel names them: the key that ties follow-ups together. */
    static String contactKey(PostView post) {
        return post.channel().wireName() + ":" + post.author().handle().toLowerCase(Locale.ROOT);
    }
}
