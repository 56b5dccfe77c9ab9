package org.frontline.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.frontline.cases.CaseStatus;
import org.frontline.ingest.PostView;
import org.frontline.ingest.Posts;
import org.frontline.shared.WorkspaceId;
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
        if (post.inReplyTo() == null) {
            return Optional.empty();
        }
        return posts.findByExternalId(workspace, post.channel(), post.inReplyTo())
                .flatMap(parent -> cases.caseOfPost(workspace, parent))
                .flatMap(id -> cases.find(workspace, id))
                .filter(c -> c.status() != CaseStatus.CLOSED);
    }

    /** Who wrote it, as the channel names them: the key that ties follow-ups together. */
    static String contactKey(PostView post) {
        return post.channel().wireName() + ":" + post.author().handle().toLowerCase(Locale.ROOT);
    }
}
