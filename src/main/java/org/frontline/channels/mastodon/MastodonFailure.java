package org.frontline.channels.mastodon;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Mastodon refused or could not be reached; the message is fit for the Channels page (never a token). */
class MastodonFailure extends RuntimeException {

    private final int status;
    private final @Nullable Instant retryAt;

    MastodonFailure(String reason, int status, @Nullable Instant retryAt) {
        super(reason);
        this.status = status;
        this.retryAt = retryAt;
    }

    /** The HTTP status, or 0 when there was no answer. */
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
