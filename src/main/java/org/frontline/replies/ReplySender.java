package org.frontline.replies;

import java.util.Optional;
import org.frontline.ingest.Channel;
import org.frontline.ingest.PostView;
import org.frontline.shared.WorkspaceId;

/**
 * Sends answers on one channel, on the thread of the post answered. Implemented by the channel adapters; a
 * channel without a sender is answered elsewhere (by hand).
 */
public interface ReplySender {

    Channel channel();

    /**
     * True when the network itself drops a second send carrying the same {@link OutgoingReply#idempotencyKey()}
     * (Mastodon's Idempotency-Key, a record key chosen by us): a reply whose outcome is unknown is then simply
     * sent again. Otherwise it is first looked up with {@link #findDelivered}.
     */
    boolean idempotent();

    /**
     * Whether this workspace has a connected account that can answer {@code post} (an imported or pasted post
     * of this channel, or one without a connection, is answered elsewhere). By default every post of the
     * channel: a sender that cannot answer one says so with a non-retryable {@link ReplyOutcome.Failed}.
     */
    default boolean canAnswer(WorkspaceId workspace, PostView post) {
        return true;
    }

    /** Sends once. Never throws for network trouble: an answer that may have gone out is {@link ReplyOutcome.Unknown}. */
    ReplyOutcome send(OutgoingReply reply);

    /** Reads the thread back for this reply, after a crash or a lost answer. Empty when it is not there. */
    Optional<ReplyOutcome.Sent> findDelivered(OutgoingReply reply);
}
