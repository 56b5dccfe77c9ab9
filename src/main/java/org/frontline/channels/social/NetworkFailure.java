package org.frontline.channels.social;

import java.time.Instant;
import org.frontline.replies.ReplyOutcome;
import org.jspecify.annotations.Nullable;

/**
 * A social network refused or could not be reached. The message is fit for the Channels page: it never
 * carries a token or a password.
 */
public class NetworkFailure extends RuntimeException {

    private final int status;
    private final @Nullable Instant retryAt;

    /** @param status the HTTP status; 0 when nothing was sent, -1 when the answer was lost */
    public NetworkFailure(String reason, int status, @Nullable Instant retryAt) {
        super(reason);
        this.status = status;
        this.retryAt = retryAt;
    }

    public int status() {
        return status;
    }

    public @Nullable Instant retryAt() {
        return retryAt;
    }

    /**
     * What this failure means for a reply being sent: unknown when the answer was lost (the network may have
     * posted it), otherwise failed, retryable or not, at the time the network named.
     */
    public ReplyOutcome outcome() {
        return status == -1 ? new ReplyOutcome.Unknown(getMessage()) : new ReplyOutcome.Failed(getMessage(), retryable(), retryAt);
    }

    /** Worth trying again later: nothing was sent, the network asked us to wait, or it failed on its side. */
    public boolean retryable() {
        return status == 0 || status == 429 || status >= 500;
    }
}
