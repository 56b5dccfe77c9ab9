package org.frontline.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.frontline.ingest.Channel;
import org.frontline.matching.TrackingQueryId;

/**
 * What a dashboard shows: the half-open range {@code [from, to)}, optionally one channel and one tracking query.
 * Ranges up to three days are drawn by hour, longer ones by day (UTC: workspaces have no time zone yet).
 */
public record DashboardFilter(Instant from, Instant to, Optional<Channel> channel, Optional<TrackingQueryId> query) {

    public static final Duration LONGEST = Duration.ofDays(366);
    private static final Duration HOURLY_UP_TO = Duration.ofDays(3);

    public DashboardFilter {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("range longer than " + LONGEST.toDays() + " days");
        }
    }

    public Duration step() {
        return Duration.between(from, to).compareTo(HOURLY_UP_TO) <= 0 ? Duration.ofHours(1) : Duration.ofDays(1);
    }
}
