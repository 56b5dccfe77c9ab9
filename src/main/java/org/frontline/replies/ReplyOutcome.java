package org.frontline.replies;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What one send did. */
public sealed interface ReplyOutcome {

    /** The network accepted it; {@code externalId} is the new post's id there. */
    record Sent(String externalId, @Nullable String url) implements ReplyOutcome {}

    /** Refused. A retryable refusal (rate limit, 5xx) is tried again, at {@code retryAt} when the network said when. */
    record Failed(String reason, boolean retryable, @Nullable Instant retryAt) implements ReplyOutcome {}

    /** The request may have reached the network (time-out, connection lost): it must not be sent blindly again. */
    record Unknown(String reason) implements ReplyOutcome {}
}
