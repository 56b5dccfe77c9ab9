package org.frontline.channels.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;

/** A subscribed feed: where it is, how often to poll it, and what the last polls left behind. */
record FeedSource(
        UUID id,
        WorkspaceId workspace,
        String url,
        @Nullable String title,
        @Nullable String siteUrl,
        Duration interval,
        @Nullable String etag,
        @Nullable String lastModified,
        int failures,
        Instant nextPollAt,
        @Nullable String blockedReason,
        long flaggedEntries) {

    /** After a failure: the interval doubled per consecutive failure, never beyond {@code max}. */
    Duration backoff(Duration max) {
        // failures counts the ones before this one: the first failure waits twice the interval.
        var factor = 1L << Math.min(failures + 1, 20);
        var delay = interval.multipliedBy(factor);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    String label() {
        return title == null || title.isBlank() ? url : title;
    }
}
