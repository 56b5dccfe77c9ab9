package org.frontline.replies;

import java.time.Instant;
import java.util.UUID;
import org.frontline.ingest.PostView;
import org.frontline.shared.WorkspaceId;

/**
 * A reply on its way: the post it answers and the text. The key and {@code queuedAt} are the same for every
 * attempt, so a sender can derive a stable identity from them.
 */
public record OutgoingReply(WorkspaceId workspace, UUID replyId, PostView inReplyTo, String text, int attempt, Instant queuedAt) {

    public String idempotencyKey() {
        return "frontline-" + replyId;
    }
}
