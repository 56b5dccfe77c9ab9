package org.frontline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessHoursTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final BusinessHours OFFICE = BusinessHours.weekdays(
            PARIS, LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of(LocalDate.of(2026, 12, 25)));

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

    @Test
    void addsWorkingTimeWithinTheSameDay() {
        assertThat(OFFICE.addWorkingTime(paris("2026-11-23T10:00"), Duration.ofMinutes(20)))
                .isEqualTo(paris("2026-11-23T10:20"));
    }

    @Test
    void carriesWhatIsLeftAtClosingOverTheWeekendToMondayMorning() {
        // Friday 16:50 with a 20-minute target: 10 minutes on Friday, 10 on Monday.
        assertThat(OFFICE.addWorkingTime(paris("2026-11-27T16:50"), Duration.ofMinutes(20)))
                .isEqualTo(paris("2026-11-30T09:10"));
    }

    @Test
    void startsCountingAtOpeningWhenStartedAtNight() {
        assertThat(OFFICE.addWorkingTime(paris("2026-11-24T02:00"), Duration.ofMinutes(20)))
                .isEqualTo(paris("2026-11-24T09:20"));
    }

    @Test
    void skipsHolidays() {
        assertThat(OFFICE.addWorkingTime(paris("2026-12-24T16:30"), Duration.ofHours(1)))
                .isEqualTo(paris("2026-12-28T09:30"));
    }

    @Test
    void keepsAnEightHourDayOnTheDaylightSavingSpringForward() {
        // 2026-03-30 is the Monday after Paris moves its clocks forward (29 March): hours are still 9 to 17.
        assertThat(OFFICE.workingTimeBetween(paris("2026-03-27T00:00"), paris("2026-03-31T00:00")))
                .isEqualTo(Duration.ofHours(16));
        assertThat(OFFICE.addWorkingTime(paris("2026-03-27T16:00"), Duration.ofHours(2)))
                .isEqualTo(paris("2026-03-30T10:00"));
    }

    @Test
    void countsTheRealLengthOfAroundTheClockDaysAcrossDaylightSaving() {
        var always = BusinessHours.always(PARIS);

        assertThat(always.workingTimeBetween(paris("2026-03-29T00:00"), paris("2026-03-30T00:00")))
                .isEqualTo(Duration.ofHours(23));
        assertThat(always.workingTimeBetween(paris("2026-10-25T00:00"), paris("2026-10-26T00:00")))
                .isEqualTo(Duration.ofHours(25));
        assertThat(always.addWorkingTime(paris("2026-03-29T01:30"), Duration.ofHours(1)))
                .isEqualTo(paris("2026-03-29T03:30"));
    }

    @Test
    void tellsWhetherItIsOpen() {
        assertThat(OFFICE.isOpen(paris("2026-11-23T09:00"))).isTrue();
        assertThat(OFFICE.isOpen(paris("2026-11-23T17:00"))).isFalse();
        assertThat(OFFICE.isOpen(paris("2026-11-28T11:00"))).as("Saturday").isFalse();
        assertThat(OFFICE.isOpen(paris("2026-12-25T11:00"))).as("holiday").isFalse();
    }

    @Test
    void measuresWorkingTimeOverNightsAndWeekends() {
        assertThat(OFFICE.workingTimeBetween(paris("2026-11-27T16:00"), paris("2026-11-30T10:00")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(OFFICE.workingTimeBetween(paris("2026-11-30T10:00"), paris("2026-11-27T16:00")))
                .isZero();
    }

    @Test
    void supportsSplitShifts() {
        var split = new BusinessHours(
                PARIS,
                Map.of(DayOfWeek.MONDAY, List.of(
                        new BusinessHours.OpeningHours(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                        new BusinessHours.OpeningHours(LocalTime.of(14, 0), LocalTime.of(18, 0)))),
                Set.of());

        assertThat(split.addWorkingTime(paris("2026-11-23T11:30"), Duration.ofHours(1)))
                .isEqualTo(paris("2026-11-23T14:30"));
    }

    @Test
    void refusesACalendarWithoutAnyOpening() {
        assertThatThrownBy(() -> new BusinessHours(PARIS, Map.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
