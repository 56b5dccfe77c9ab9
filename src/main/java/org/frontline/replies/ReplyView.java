package org.frontline.replies;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A reply with its delivery state, for pages, the API and tests. */
public record ReplyView(
        UUID id, String channel, String text, DeliveryState state, int attempts, @Nullable String externalId,
        @Nullable String lastError, Instant createdAt) {}
