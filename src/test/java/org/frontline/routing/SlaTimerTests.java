package org.frontline.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaTimerTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final BusinessHours OFFICE = BusinessHours.weekdays(PARIS, LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of());
    private static final BusinessHours ALWAYS = BusinessHours.always(PARIS);

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

    @Test
    void dueTwentyMinutesAfterStartOnAnAroundTheClockCalendar() {
        var timer = SlaTimer.start(Duration.ofMinutes(20), paris("2026-11-23T10:00"));

        assertThat(timer.dueAt(ALWAYS)).contains(paris("2026-11-23T10:20"));
        assertThat(timer.at(0.75, ALWAYS)).contains(paris("2026-11-23T10:15"));
    }

    @Test
    void pendingOnTheCustomerStopsTheClockAndResumingContinuesIt() {
        var timer = SlaTimer.start(Duration.ofMinutes(20), paris("2026-11-23T10:00"))
                .pause(paris("2026-11-23T10:05"), ALWAYS);

        assertThat(timer.dueAt(ALWAYS)).isEmpty();
        assertThat(timer.consumed()).isEqualTo(Duration.ofMinutes(5));

        var resumed = timer.resume(paris("2026-11-23T14:00"));

        assertThat(resumed.dueAt(ALWAYS)).contains(paris("2026-11-23T14:15"));
    }

    @Test
    void countsOnlyBusinessHours() {
        var timer = SlaTimer.start(Duration.ofHours(4), paris("2026-11-27T15:00"));

        assertThat(timer.dueAt(OFFICE)).contains(paris("2026-11-30T11:00"));
        assertThat(timer.usedShare(paris("2026-11-30T09:00"), OFFICE)).isEqualTo(0.5);
    }

    @Test
    void pausingTwiceOrResumingTwiceChangesNothing() {
        var paused = SlaTimer.start(Duration.ofMinutes(20), paris("2026-11-23T10:00")).pause(paris("2026-11-23T10:05"), ALWAYS);

        assertThat(paused.pause(paris("2026-11-23T11:00"), ALWAYS)).isEqualTo(paused);
        var resumed = paused.resume(paris("2026-11-23T12:00"));
        assertThat(resumed.resume(paris("2026-11-23T13:00"))).isEqualTo(resumed);
    }

    @Test
    void aTimerAlreadyPastItsRiskShareIsAtRiskFromWhenItResumed() {
        var timer = new SlaTimer(Duration.ofMinutes(20), Duration.ofMinutes(18), paris("2026-11-23T10:00"));

        assertThat(timer.at(0.75, ALWAYS)).contains(paris("2026-11-23T10:00"));
        assertThat(timer.dueAt(ALWAYS)).contains(paris("2026-11-23T10:02"));
    }
}
