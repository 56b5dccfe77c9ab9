package org.frontline.metrics.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a range's rollup rows are read: the daily rows for the whole local days of the daily zone inside it, the
 * hourly rows for the rest. Hourly rows cannot be split, so a part boundary that is not a whole UTC hour (the
 * edge of a day in a half-hour zone) is never cut: the range is then read from hourly rows only.
 *
 * @param from null for "since the beginning"
 */
public record RangePart(boolean daily, @Nullable Instant from, Instant to) {

    public String table(Rollup rollup) {
        return daily ? rollup.daily() : rollup.hourly();
    }

    /** {@code [from, to)} with daily rows wherever they fit. */
    public static List<RangePart> of(Instant from, Instant to, ZoneId dailyZone) {
        var firstDay = DailyZones.dayOf(from, dailyZone);
        if (firstDay.isBefore(from)) {
            firstDay = DailyZones.dayOf(firstDay.plus(36, ChronoUnit.HOURS), dailyZone);
        }
        var endDay = DailyZones.dayOf(to, dailyZone);
        if (!firstDay.isBefore(endDay) || !cuttable(from, firstDay) || !cuttable(endDay, to)) {
            return List.of(new RangePart(false, from, to));
        }
        var parts = new ArrayList<RangePart>();
        if (from.isBefore(firstDay)) {
            parts.add(new RangePart(false, from, firstDay));
        }
        parts.add(new RangePart(true, firstDay, endDay));
        if (endDay.isBefore(to)) {
            parts.add(new RangePart(false, endDay, to));
        }
        return parts;
    }

    /**
     * For figures drawn per bucket of a timeline: daily rows only when the timeline's buckets are the daily rows'
     * days (drawn by day, in the daily zone); otherwise hourly rows, which fit any bucket.
     */
    public static List<RangePart> forChart(Instant from, Instant to, Duration step, ZoneId zone, ZoneId dailyZone) {
        var sameDays = step.equals(Duration.ofDays(1)) && zone.normalized().equals(dailyZone.normalized());
        return sameDays ? of(from, to, dailyZone) : hourly(from, to);
    }

    /** {@code [from, to)} from hourly rows only: a chart drawn by hour, or by days of another zone. */
    public static List<RangePart> hourly(Instant from, Instant to) {
        return List.of(new RangePart(false, from, to));
    }

    /** Everything before {@code to}: daily rows before its local day, hourly rows from there. */
    public static List<RangePart> before(Instant to, ZoneId dailyZone) {
        var day = DailyZones.dayOf(to, dailyZone);
        if (!cuttable(day, to)) {
            return List.of(new RangePart(false, null, to));
        }
        var parts = new ArrayList<RangePart>();
        parts.add(new RangePart(true, null, day));
        if (day.isBefore(to)) {
            parts.add(new RangePart(false, day, to));
        }
        return parts;
    }

    /** Every row: all the daily rows hold everything the hourly rows hold. */
    public static List<RangePart> always() {
        return List.of(new RangePart(true, null, Instant.MAX));
    }

    private static boolean cuttable(Instant a, Instant b) {
        return a.equals(b) || (a.truncatedTo(ChronoUnit.HOURS).equals(a) && b.truncatedTo(ChronoUnit.HOURS).equals(b));
    }
}
