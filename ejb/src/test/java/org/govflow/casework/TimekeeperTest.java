package org.govflow.casework;

import org.govflow.calendar.CentreClock;
import org.govflow.calendar.Timeliness;
import org.govflow.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Counting in the centre's zone while this JVM runs in UTC (the build sets it). */
class TimekeeperTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();

    private static Timekeeper at(String instant) {
        return at(instant, 1);
    }

    private static Timekeeper at(String instant, int warnDays) {
        return new Timekeeper(CALENDAR, new CentreClock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)),
                warnDays);
    }

    @Test
    void lateEveningInUtcIsTheNextCentreDay() {
        Timekeeper time = at("2026-03-01T17:30:00Z");

        assertThat(time.today()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(time.dueFrom(time.today(), 3).date()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(time.overdueFrom(LocalDate.of(2026, 3, 5))).isEqualTo(Instant.parse("2026-03-05T16:00:00Z"));
        assertThat(time.warnFrom(LocalDate.of(2026, 3, 5))).isEqualTo(Instant.parse("2026-03-03T16:00:00Z"));
        assertThat(at("2026-03-01T17:30:00Z", 0).warnFrom(LocalDate.of(2026, 3, 5)))
                .isEqualTo(Instant.parse("2026-03-04T16:00:00Z"));
    }

    @Test
    void anyMomentOfTheDueDayInTheCentreIsOnTime() {
        LocalDate due = LocalDate.of(2026, 3, 5);

        assertThat(at("2026-03-04T15:59:59Z").classify(due)).isEqualTo(Timeliness.EARLY);
        assertThat(at("2026-03-04T16:00:00Z").classify(due)).isEqualTo(Timeliness.ON_TIME);
        assertThat(at("2026-03-05T15:59:59Z").classify(due)).isEqualTo(Timeliness.ON_TIME);
        assertThat(at("2026-03-05T16:00:00Z").classify(due)).isEqualTo(Timeliness.LATE);
    }

    @Test
    void requiredExamplesAcrossHolidaysAndMakeUpDays() {
        Timekeeper time = at("2026-03-02T02:00:00Z");

        assertThat(time.dueFrom(LocalDate.of(2025, 9, 26), 3).date()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(time.dueFrom(LocalDate.of(2025, 1, 24), 2).date()).isEqualTo(LocalDate.of(2025, 1, 27));
        assertThat(time.dueFrom(LocalDate.of(2026, 6, 18), 2).date()).isEqualTo(LocalDate.of(2026, 6, 23));
    }

    @Test
    void aLimitUsedUpBeforeASuspensionStaysInThePast() {
        Timekeeper time = at("2026-03-02T02:00:00Z");

        // two working days back from Monday 2026-03-09 is Thursday 2026-03-05
        assertThat(time.dueFrom(LocalDate.of(2026, 3, 9), -2).date()).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void aLimitReachingIntoAYearWithoutCalendarIsFlagged() {
        Timekeeper time = at("2026-12-28T02:00:00Z");

        assertThat(time.dueFrom(LocalDate.of(2026, 12, 28), 10).missingYears()).containsExactly(2027);
        assertThat(time.dueFrom(LocalDate.of(2026, 12, 1), 10).missingYears()).isEmpty();
    }
}
