package org.frontline.routing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When a team (or an agent) works: weekly opening hours in a time zone, minus holidays. All arithmetic
 * happens on local dates and is converted through {@link ZonedDateTime}, so a working day that contains a
 * daylight-saving change is as long as it really is (a 09:00–17:00 day stays 8 hours on the clock; a 24-hour
 * day is 23 or 25 hours).
 */
public record BusinessHours(ZoneId zone, Map<DayOfWeek, List<OpeningHours>> weekly, Set<LocalDate> holidays) {

    /** How far ahead we look for working time before deciding a calendar has none (a configuration error). */
    private static final int MAX_DAYS_SCANNED = 3 * 366;

    /** One stretch of a day; {@code closes} of {@link LocalTime#MIDNIGHT} means the end of the day. */
    public record OpeningHours(LocalTime opens, LocalTime closes) {
        public OpeningHours {
            if (!closes.equals(LocalTime.MIDNIGHT) && !closes.isAfter(opens)) {
                throw new IllegalArgumentException("Opening hours must close after they open: " + opens + "-" + closes);
            }
        }

        public static OpeningHours wholeDay() {
            return new OpeningHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        }
    }

    public BusinessHours {
        Objects.requireNonNull(zone, "zone");
        weekly = Map.copyOf(weekly);
        holidays = Set.copyOf(holidays);
        if (weekly.values().stream().allMatch(List::isEmpty)) {
            throw new IllegalArgumentException("Business hours need at least one opening in the week");
        }
    }

    /** Around the clock, every day: the calendar of a 24×7 SLA. */
    public static BusinessHours always(ZoneId zone) {
        var weekly = new EnumMap<DayOfWeek, List<OpeningHours>>(DayOfWeek.class);
        for (var day : DayOfWeek.values()) {
            weekly.put(day, List.of(OpeningHours.wholeDay()));
        }
        return new BusinessHours(zone, weekly, Set.of());
    }

    /** Monday to Friday between {@code opens} and {@code closes}, except the holidays. */
    public static BusinessHours weekdays(ZoneId zone, LocalTime opens, LocalTime closes, Set<LocalDate> holidays) {
        var weekly = new EnumMap<DayOfWeek, List<OpeningHours>>(DayOfWeek.class);
        for (var day : DayOfWeek.values()) {
            var weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
            weekly.put(day, weekend ? List.of() : List.of(new OpeningHours(opens, closes)));
        }
        return new BusinessHours(zone, weekly, holidays);
    }

    public boolean isOpen(Instant instant) {
        var date = instant.atZone(zone).toLocalDate();
        // An opening may start on the previous local day and run past midnight in instant terms after a DST shift.
        for (var day = date.minusDays(1); !day.isAfter(date); day = day.plusDays(1)) {
            for (var window : windows(day)) {
                if (!instant.isBefore(window.start()) && instant.isBefore(window.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The instant at which {@code amount} of working time has passed since {@code start}. */
    public Instant addWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Cannot add negative working time");
        }
        var remaining = amount;
        var day = start.atZone(zone).toLocalDate().minusDays(1);
        for (var scanned = 0; scanned < MAX_DAYS_SCANNED; scanned++, day = day.plusDays(1)) {
            for (var window : windows(day)) {
                var from = window.start().isAfter(start) ? window.start() : start;
                if (!from.isBefore(window.end())) {
                    continue;
                }
                var available = Duration.between(from, window.end());
                if (available.compareTo(remaining) >= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("No working time within " + MAX_DAYS_SCANNED + " days of " + start);
    }

    /** How much working time lies between two instants (zero when {@code to} is not after {@code from}). */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        var total = Duration.ZERO;
        var last = to.atZone(zone).toLocalDate();
        for (var day = from.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            for (var window : windows(day)) {
                var start = window.start().isAfter(from) ? window.start() : from;
                var end = window.end().isBefore(to) ? window.end() : to;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** Today's working windows as instants; none on a holiday. */
    private List<Window> windows(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        var result = new ArrayList<Window>();
        for (var hours : weekly.getOrDefault(day.getDayOfWeek(), List.of())) {
            var start = ZonedDateTime.of(day, hours.opens(), zone).toInstant();
            var end = hours.closes().equals(LocalTime.MIDNIGHT)
                    ? day.plusDays(1).atStartOfDay(zone).toInstant()
                    : ZonedDateTime.of(day, hours.closes(), zone).toInstant();
            if (end.isAfter(start)) {
                result.add(new Window(start, end));
            }
        }
        return result;
    }

    private record Window(Instant start, Instant end) {}
}
