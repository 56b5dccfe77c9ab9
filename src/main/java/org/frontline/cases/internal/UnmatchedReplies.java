package org.frontline.cases.internal;

import java.util.List;
import org.frontline.ingest.PostIngested;
import org.frontline.ingest.Posts;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A customer's reply in a case's thread joins the case even when it matches no tracking query ("still
 * broken", "thanks!"): matching only sees the words, the thread says whose conversation it is. Runs on every
 * stored post, beside matching; a reply that also matches is recorded once, by whichever path comes first (the
 * mention is unique per post, and the matched path then adds where it matched).
 */
@Component
class UnmatchedReplies {

    private final CaseRepository cases;
    private final Posts posts;
    private final Threading threading;
    private final FollowUps followUps;

    UnmatchedReplies(CaseRepository cases, Posts posts, Threading threading, FollowUps followUps) {
        this.cases = cases;
        this.posts = posts;
        this.threading = threading;
        this.followUps = followUps;
    }

    @ApplicationModuleListener
    void on(PostIngested event) {
        var workspace = event.workspace();
        var post = posts.find(workspace, event.post()).filter(p -> p.inReplyTo() != null).orElse(null);
        if (post == null || cases.mentionExists(workspace, post.id())) {
            return;
        }
        threading.threadOf(workspace, post)
                .filter(thread -> thread.byParticipant(post))
                .ifPresent(thread -> followUps.join(workspace, thread.caseRecord(), post, List.of()));
    }
}
