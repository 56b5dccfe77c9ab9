package org.frontline.channels.reddit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Reddit refused or could not be reached; the message is fit for the Channels page (never a secret). */
class RedditFailure extends RuntimeException {

    private final int status;
    private final @Nullable Instant retryAt;

    /** @param status the HTTP status; 0 when nothing was sent, -1 when the answer was lost */
    RedditFailure(String reason, int status, @Nullable Instant retryAt) {
        super(reason);
        this.status = status;
        this.retryAt = retryAt;
    }

    int status() {
        return status;
    }

    @Nullable Instant retryAt() {
        return retryAt;
    }

    boolean retryable() {
        return status == 0 || status == 429 || status >= 500;
    }
}
