package org.frontline.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimelineTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void localDaysAcrossTheSpringDstChangeHave23And24Hours() {
        // 2026-03-29: Berlin moves from UTC+1 to UTC+2 at 01:00 UTC.
        var from = LocalDate.parse("2026-03-28").atStartOfDay(BERLIN).toInstant();
        var to = LocalDate.parse("2026-03-31").atStartOfDay(BERLIN).toInstant();
        var timeline = new Timeline(from, to, Duration.ofDays(1), BERLIN);

        assertThat(timeline.labels()).containsExactly("2026-03-28", "2026-03-29", "2026-03-30");
        assertThat(timeline.buckets()).containsExactly(
                Instant.parse("2026-03-27T23:00:00Z"), Instant.parse("2026-03-28T23:00:00Z"), Instant.parse("2026-03-29T22:00:00Z"));
        // The last UTC hour of the 23-hour local day, and the first of the next.
        assertThat(timeline.indexOf(Instant.parse("2026-03-29T21:00:00Z"))).isEqualTo(1);
        assertThat(timeline.indexOf(Instant.parse("2026-03-29T22:00:00Z"))).isEqualTo(2);
        assertThat(timeline.indexOf(Instant.parse("2026-03-27T22:00:00Z"))).isEqualTo(-1);
        assertThat(timeline.indexOf(Instant.parse("2026-03-30T22:00:00Z"))).isEqualTo(-1);
    }

    @Test
    void theAutumnDstDayHoldsTwentyFiveUtcHours() {
        var day = LocalDate.parse("2026-10-25");
        var from = day.atStartOfDay(BERLIN).toInstant();
        var timeline = new Timeline(from, day.plusDays(7).atStartOfDay(BERLIN).toInstant(), Duration.ofDays(1), BERLIN);

        var hours = 0;
        for (var hour = from; hour.isBefore(timeline.buckets().get(1)); hour = hour.plus(Duration.ofHours(1))) {
            assertThat(timeline.indexOf(hour)).isZero();
            hours++;
        }
        assertThat(hours).isEqualTo(25);
        assertThat(timeline.size()).isEqualTo(7);
    }

    @Test
    void hourlyLabelsAreLocalHours() {
        var from = Instant.parse("2026-11-23T00:00:00Z");
        var timeline = new Timeline(from, from.plus(Duration.ofHours(3)), Duration.ofHours(1), ZoneId.of("America/New_York"));

        assertThat(timeline.labels()).containsExactly("11-22 19:00", "11-22 20:00", "11-22 21:00");
    }
}
