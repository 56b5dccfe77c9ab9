package org.frontline.replies;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A reply with its delivery state, for pages, the API and tests. {@code author} wrote it; {@code reviewedBy}
 * approved or rejected it when it went through the approval step, and {@code rejectionReason} says why a
 * rejected draft was turned down.
 */
public record ReplyView(
        UUID id, String channel, String text, DeliveryState state, int attempts, @Nullable String externalId,
        @Nullable String lastError, Instant createdAt, String author, @Nullable String reviewedBy,
        @Nullable String rejectionReason) {

    public boolean awaitingApproval() {
        return state == DeliveryState.AWAITING_APPROVAL;
    }
}
