package org.frontline.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.frontline.ingest.Channel;
import org.frontline.matching.TrackingQueryId;
import org.frontline.routing.TeamId;

/**
 * What a dashboard shows: the half-open range {@code [from, to)} (local midnights of {@code zone}), optionally
 * one channel, tracking query, team and language. Ranges up to three days are drawn by hour, longer ones by the
 * zone's days. Mentions have no team (a team owns a case, not a mention): the listening figures ignore it.
 */
public record DashboardFilter(
        Instant from,
        Instant to,
        Optional<Channel> channel,
        Optional<TrackingQueryId> query,
        ZoneId zone,
        Optional<TeamId> team,
        Optional<String> language) {

    public static final Duration LONGEST = Duration.ofDays(366);
    private static final Duration HOURLY_UP_TO = Duration.ofDays(3);

    public DashboardFilter {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        if (Duration.between(from, to).compareTo(LONGEST.plusHours(1)) > 0) {
            throw new IllegalArgumentException("range longer than " + LONGEST.toDays() + " days");
        }
    }

    /** A filter in UTC without team or language. */
    public DashboardFilter(Instant from, Instant to, Optional<Channel> channel, Optional<TrackingQueryId> query) {
        this(from, to, channel, query, ZoneOffset.UTC, Optional.empty(), Optional.empty());
    }

    public Duration step() {
        // A DST day is 25 hours long: compare with a margin so three local days stay hourly.
        return Duration.between(from, to).compareTo(HOURLY_UP_TO.plusHours(1)) <= 0 ? Duration.ofHours(1) : Duration.ofDays(1);
    }
}
