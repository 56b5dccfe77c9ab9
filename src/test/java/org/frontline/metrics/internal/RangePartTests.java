package org.frontline.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RangePartTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void wholeLocalDaysComeFromDailyRowsOnly() {
        var from = Instant.parse("2026-03-01T23:00:00Z");
        var to = Instant.parse("2026-04-01T22:00:00Z");

        assertThat(RangePart.of(from, to, BERLIN)).containsExactly(new RangePart(true, from, to));
    }

    @Test
    void partialDaysAtEitherEndComeFromHourlyRows() {
        var from = Instant.parse("2026-11-02T10:00:00Z");
        var to = Instant.parse("2026-11-20T05:00:00Z");

        assertThat(RangePart.of(from, to, ZoneOffset.UTC)).containsExactly(
                new RangePart(false, from, Instant.parse("2026-11-03T00:00:00Z")),
                new RangePart(true, Instant.parse("2026-11-03T00:00:00Z"), Instant.parse("2026-11-20T00:00:00Z")),
                new RangePart(false, Instant.parse("2026-11-20T00:00:00Z"), to));
    }

    @Test
    void aHalfHourZoneUsesItsDaysWhenTheRangeIsThemAndHoursOnlyOtherwise() {
        var kolkataDays = RangePart.of(Instant.parse("2026-11-01T18:30:00Z"), Instant.parse("2026-11-08T18:30:00Z"), KOLKATA);
        assertThat(kolkataDays).containsExactly(new RangePart(true, Instant.parse("2026-11-01T18:30:00Z"), Instant.parse("2026-11-08T18:30:00Z")));

        // UTC days cannot be cut into Kolkata days out of whole hours: a UTC hour straddles each Kolkata midnight.
        var utcDays = RangePart.of(Instant.parse("2026-11-02T00:00:00Z"), Instant.parse("2026-11-09T00:00:00Z"), KOLKATA);
        assertThat(utcDays).containsExactly(new RangePart(false, Instant.parse("2026-11-02T00:00:00Z"), Instant.parse("2026-11-09T00:00:00Z")));
    }

    @Test
    void aChartUsesDailyRowsOnlyWhenDrawnByTheDaysTheyAreKeptIn() {
        var from = Instant.parse("2026-11-01T00:00:00Z");
        var to = Instant.parse("2026-11-08T00:00:00Z");

        assertThat(RangePart.forChart(from, to, Duration.ofDays(1), ZoneId.of("UTC"), ZoneOffset.UTC)).containsExactly(new RangePart(true, from, to));
        assertThat(RangePart.forChart(from, to, Duration.ofHours(1), ZoneOffset.UTC, ZoneOffset.UTC)).containsExactly(new RangePart(false, from, to));
        assertThat(RangePart.forChart(from, to, Duration.ofDays(1), BERLIN, ZoneOffset.UTC)).containsExactly(new RangePart(false, from, to));
    }

    @Test
    void beforeAnInstantReadsDailyRowsUpToItsDayAndHoursAfter() {
        var at = Instant.parse("2026-03-29T10:00:00Z");

        assertThat(RangePart.before(at, BERLIN)).containsExactly(
                new RangePart(true, null, Instant.parse("2026-03-28T23:00:00Z")),
                new RangePart(false, Instant.parse("2026-03-28T23:00:00Z"), at));
    }

    @Test
    void aLocalDayIsTwentyThreeOrTwentyFiveHoursAcrossDaylightSaving() {
        assertThat(DailyZones.dayOf(Instant.parse("2026-03-29T21:59:00Z"), BERLIN)).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(DailyZones.dayOf(Instant.parse("2026-03-29T22:01:00Z"), BERLIN)).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
        assertThat(DailyZones.dayOf(Instant.parse("2026-10-25T22:59:00Z"), BERLIN)).isEqualTo(Instant.parse("2026-10-24T22:00:00Z"));
        assertThat(DailyZones.dayOf(Instant.parse("2026-11-01T18:29:00Z"), KOLKATA)).isEqualTo(Instant.parse("2026-10-31T18:30:00Z"));
    }
}
