package org.frontline.metrics.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The buckets of a chart's x axis from {@code from} up to {@code to}: UTC hours, or the local days of a time
 * zone. Rollups are kept by UTC hour; every such hour lies inside exactly one local day (for zones whose offsets
 * are whole hours), so re-bucketing them is exact across DST changes, where a local day has 23 or 25 hours.
 */
public final class Timeline {

    private static final DateTimeFormatter HOUR_LABEL = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final List<Instant> starts;
    private final Instant end;
    private final boolean daily;
    private final ZoneId zone;

    public Timeline(Instant from, Instant to, Duration step) {
        this(from, to, step, ZoneOffset.UTC);
    }

    public Timeline(Instant from, Instant to, Duration step, ZoneId zone) {
        this.zone = zone;
        this.daily = step.equals(Duration.ofDays(1));
        var list = new ArrayList<Instant>();
        if (daily) {
            var day = from.atZone(zone).toLocalDate();
            for (var start = day.atStartOfDay(zone).toInstant(); start.isBefore(to); ) {
                list.add(start);
                day = day.plusDays(1);
                start = day.atStartOfDay(zone).toInstant();
            }
            this.end = day.atStartOfDay(zone).toInstant();
        } else {
            var start = from.truncatedTo(ChronoUnit.HOURS);
            for (; start.isBefore(to); start = start.plus(step)) {
                list.add(start);
            }
            this.end = start;
        }
        if (list.isEmpty()) {
            list.add(from.truncatedTo(ChronoUnit.HOURS));
        }
        this.starts = List.copyOf(list);
    }

    /** The hour an event falls in: the grain of every rollup. */
    public static Instant hourOf(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS);
    }

    public List<Instant> buckets() {
        return starts;
    }

    /** The buckets as people read them in the zone: {@code 2026-03-29} or {@code 03-29 14:00}. */
    public List<String> labels() {
        return starts.stream()
                .map(start -> daily ? start.atZone(zone).toLocalDate().toString() : HOUR_LABEL.format(start.atZone(zone)))
                .toList();
    }

    public int size() {
        return starts.size();
    }

    /** The first instant after the last bucket. */
    public Instant end() {
        return end;
    }

    /** The bucket an hourly rollup row belongs to, or -1 outside the timeline. */
    public int indexOf(Instant hour) {
        if (hour.isBefore(starts.getFirst()) || !hour.isBefore(end)) {
            return -1;
        }
        var found = Collections.binarySearch(starts, hour);
        return found >= 0 ? found : -found - 2;
    }
}
