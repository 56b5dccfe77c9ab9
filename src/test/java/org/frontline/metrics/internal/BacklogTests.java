package org.frontline.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BacklogTests {

    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void backlogIsTheCountBeforePlusTheRunningSumOfDeltas() {
        var timeline = new Timeline(NINE, NINE.plus(Duration.ofHours(4)), Duration.ofHours(1));

        var series = Backlog.running(timeline, 3, Map.of(NINE.plus(Duration.ofHours(1)), 2L, NINE.plus(Duration.ofHours(3)), -4L));

        assertThat(series).containsExactly(3.0, 5.0, 5.0, 1.0);
    }

    @Test
    void dailyTimelinePutsEveryHourOfADayInOneBucket() {
        var day = Instant.parse("2026-11-23T00:00:00Z");
        var timeline = new Timeline(day, day.plus(Duration.ofDays(7)), Duration.ofDays(1));

        assertThat(timeline.size()).isEqualTo(7);
        assertThat(timeline.indexOf(NINE)).isZero();
        assertThat(timeline.indexOf(day.plus(Duration.ofHours(23)))).isZero();
        assertThat(timeline.indexOf(day.plus(Duration.ofDays(7)))).isEqualTo(-1);
        assertThat(timeline.indexOf(day.minusSeconds(1))).isEqualTo(-1);
    }

    @Test
    void hoursAreTruncatedInUtc() {
        assertThat(Timeline.hourOf(Instant.parse("2026-11-23T09:59:59Z"))).isEqualTo(NINE);
    }
}
