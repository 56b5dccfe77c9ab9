package org.frontline.channels.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.frontline.channels.internal.SourceHealth;
import org.jspecify.annotations.Nullable;

/** A subscribed feed as the Channels page shows it. Title and URLs are untrusted: render them escaped. */
public record FeedStatus(
        UUID id,
        String url,
        String label,
        @Nullable String siteUrl,
        Duration interval,
        Instant nextPollAt,
        int failures,
        @Nullable String blockedReason,
        long flaggedEntries,
        SourceHealth.Status health) {}
