package org.frontline.channels.social;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a network said about its budget in its last answer: the limit, what is left, and when it refills. */
public record RateLimit(@Nullable Integer limit, @Nullable Integer remaining, @Nullable Instant resetAt) {

    public static final RateLimit UNKNOWN = new RateLimit(null, null, null);

    /** A header holding a whole number, or null when it is missing or not a number. */
    public static @Nullable Integer count(@Nullable String header) {
        try {
            return header == null ? null : Integer.valueOf(header.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True when the budget is spent and the refill is still ahead. */
    public boolean exhausted(Instant now) {
        return remaining != null && remaining <= 0 && resetAt != null && resetAt.isAfter(now);
    }
}
