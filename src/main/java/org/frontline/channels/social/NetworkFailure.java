package org.frontline.channels.social;

import java.time.Instant;
import java.util.function.Supplier;
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

    /** Runs one exchange; a network that could not be reached, or whose answer was lost, becomes a failure. */
    public static SocialHttp.Response unlessUnreachable(Supplier<SocialHttp.Response> exchange) {
        try {
            return exchange.get();
        } catch (SocialHttp.Unreachable e) {
            throw new NetworkFailure(e.getMessage(), e.beforeSending() ? 0 : -1, null);
        }
    }

    /** What the network said, as the tail of a reason: ": …", at most 300 characters, or nothing. */
    public static String said(String message) {
        return message.isBlank() ? "" : ": " + (message.length() > 300 ? message.substring(0, 300) : message);
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
