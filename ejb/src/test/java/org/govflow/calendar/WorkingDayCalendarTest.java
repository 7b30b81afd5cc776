package org.govflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    // --- the three required examples ---------------------------------------------------------------------------

    @Test
    void countsSundayMakeUpDayBeforeNationalDay() {
        Deadline deadline = CALENDAR.addWorkingDays(d("2025-09-26"), 3);

        assertThat(deadline.date()).isEqualTo(d("2025-09-30"));
        assertThat(deadline.isComplete()).isTrue();
    }

    @Test
    void countsSundayMakeUpDayBeforeSpringFestival() {
        Deadline deadline = CALENDAR.addWorkingDays(d("2025-01-24"), 2);

        assertThat(deadline.date()).isEqualTo(d("2025-01-27"));
    }

    @Test
    void skipsDragonBoatFestival2026() {
        Deadline deadline = CALENDAR.addWorkingDays(d("2026-06-18"), 2);

        assertThat(deadline.date()).isEqualTo(d("2026-06-23"));
    }

    // --- every holiday period, expected dates worked out by hand from the CSVs -------------------------------

    @ParameterizedTest(name = "{3}: {0} + {1} -> {2}")
    @CsvSource({
        // 2025 元旦: 01-01 (Wed); 2024 is not loaded but only days after the start are examined
        "2024-12-31, 1, 2025-01-02, 2025 元旦",
        "2024-12-31, 3, 2025-01-06, 2025 元旦",
        // 2025 春节: make-up Sun 01-26, holidays 01-28..02-04, make-up Sat 02-08
        "2025-01-24, 1, 2025-01-26, 2025 春节 (deadline on Sunday make-up day)",
        "2025-01-27, 1, 2025-02-05, 2025 春节",
        "2025-01-27, 4, 2025-02-08, 2025 春节 (deadline on Saturday make-up day)",
        "2025-01-27, 5, 2025-02-10, 2025 春节",
        "2025-01-24, 4, 2025-02-06, 2025 春节",
        // 2025 清明: 04-04..04-06
        "2025-04-03, 1, 2025-04-07, 2025 清明",
        "2025-04-03, 2, 2025-04-08, 2025 清明",
        // 2025 劳动节: make-up Sun 04-27, holidays 05-01..05-05
        "2025-04-25, 1, 2025-04-27, 2025 劳动节 (deadline on Sunday make-up day)",
        "2025-04-25, 4, 2025-04-30, 2025 劳动节",
        "2025-04-25, 5, 2025-05-06, 2025 劳动节",
        "2025-04-30, 1, 2025-05-06, 2025 劳动节",
        // 2025 端午: 05-31..06-02
        "2025-05-30, 1, 2025-06-03, 2025 端午",
        "2025-05-29, 2, 2025-06-03, 2025 端午",
        // 2025 国庆、中秋: make-up Sun 09-28, holidays 10-01..10-08, make-up Sat 10-11
        "2025-09-26, 1, 2025-09-28, 2025 国庆中秋 (deadline on Sunday make-up day)",
        "2025-09-30, 1, 2025-10-09, 2025 国庆中秋",
        "2025-09-30, 3, 2025-10-11, 2025 国庆中秋 (deadline on Saturday make-up day)",
        "2025-09-30, 4, 2025-10-13, 2025 国庆中秋",
        "2025-09-26, 10, 2025-10-16, 2025 国庆中秋",
        // 2026 元旦: holidays 01-01..01-03, make-up Sun 01-04; crosses the 2025 -> 2026 year end
        "2025-12-31, 1, 2026-01-04, 2026 元旦 (deadline on Sunday make-up day)",
        "2025-12-31, 2, 2026-01-05, 2026 元旦",
        "2025-12-26, 5, 2026-01-05, 2026 元旦",
        // 2026 春节: make-up Sat 02-14, holidays 02-15..02-23, make-up Sat 02-28
        "2026-02-13, 1, 2026-02-14, 2026 春节 (deadline on Saturday make-up day)",
        "2026-02-13, 2, 2026-02-24, 2026 春节",
        "2026-02-13, 6, 2026-02-28, 2026 春节 (deadline on Saturday make-up day)",
        "2026-02-13, 7, 2026-03-02, 2026 春节",
        // 2026 清明: 04-04..04-06
        "2026-04-03, 1, 2026-04-07, 2026 清明",
        // 2026 劳动节: holidays 05-01..05-05, make-up Sat 05-09
        "2026-04-30, 1, 2026-05-06, 2026 劳动节",
        "2026-04-30, 3, 2026-05-08, 2026 劳动节",
        "2026-04-30, 4, 2026-05-09, 2026 劳动节 (deadline on Saturday make-up day)",
        "2026-04-30, 5, 2026-05-11, 2026 劳动节",
        // 2026 端午: 06-19..06-21
        "2026-06-18, 1, 2026-06-22, 2026 端午",
        "2026-06-18, 2, 2026-06-23, 2026 端午",
        // 2026 中秋: make-up Sun 09-20, holidays 09-25..09-27
        "2026-09-18, 1, 2026-09-20, 2026 中秋 (deadline on Sunday make-up day)",
        "2026-09-24, 1, 2026-09-28, 2026 中秋",
        // 2026 国庆: holidays 10-01..10-07, make-up Sat 10-10
        "2026-09-30, 1, 2026-10-08, 2026 国庆",
        "2026-09-30, 3, 2026-10-10, 2026 国庆 (deadline on Saturday make-up day)",
        "2026-09-30, 4, 2026-10-12, 2026 国庆",
        // whole years: 2025 and 2026 each have 248 working days
        "2024-12-31, 248, 2025-12-31, whole year 2025",
        "2025-12-31, 248, 2026-12-31, whole year 2026",
    })
    void countsWorkingDaysAroundEveryOfficialHolidayPeriod(LocalDate start, int days, LocalDate expected,
            String period) {
        Deadline deadline = CALENDAR.addWorkingDays(start, days);

        assertThat(deadline.date()).isEqualTo(expected);
        assertThat(deadline.start()).isEqualTo(start);
        assertThat(deadline.days()).isEqualTo(days);
        assertThat(deadline.missingYears()).isEmpty();
        assertThat(deadline.isComplete()).isTrue();
    }

    @Test
    void returnsStartDateItselfForZeroDaysEvenOnHoliday() {
        Deadline deadline = CALENDAR.addWorkingDays(d("2025-10-01"), 0);

        assertThat(deadline.date()).isEqualTo(d("2025-10-01"));
        assertThat(deadline.isComplete()).isTrue();
    }

    @Test
    void rejectsNegativeDays() {
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.addWorkingDays(d("2025-03-03"), -1));
    }

    // --- years without a calendar -------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} + {1} -> {2}, missing {3}")
    @CsvSource({
        // 2027 is not loaded: 2027-01-01 (Fri) counts as a working day on weekends alone
        "2026-12-31, 1, 2027-01-01, 2027",
        "2026-12-30, 3, 2027-01-04, 2027",
        "2027-03-01, 0, 2027-03-01, 2027",
        "2027-03-05, 1, 2027-03-08, 2027",
        // 2024 is not loaded either
        "2024-12-30, 1, 2024-12-31, 2024",
        "2024-12-20, 10, 2025-01-06, 2024",
    })
    void countsUnloadedYearsOnWeekendsAloneAndReportsThem(LocalDate start, int days, LocalDate expected,
            int missingYear) {
        Deadline deadline = CALENDAR.addWorkingDays(start, days);

        assertThat(deadline.date()).isEqualTo(expected);
        assertThat(deadline.missingYears()).containsExactly(missingYear);
        assertThat(deadline.isComplete()).isFalse();
    }

    @Test
    void doesNotReportStartYearWhenOnlyLaterDaysAreExamined() {
        WorkingDayCalendar empty = WorkingDayCalendar.of(List.of(), Set.of());

        Deadline deadline = empty.addWorkingDays(d("2027-12-31"), 1);

        assertThat(deadline.date()).isEqualTo(d("2028-01-03"));
        assertThat(deadline.missingYears()).containsExactly(2028);
    }

    @Test
    void reportsEveryMissingYearInAscendingOrder() {
        WorkingDayCalendar empty = WorkingDayCalendar.of(List.of(), Set.of());

        Deadline deadline = empty.addWorkingDays(d("2029-12-28"), 263);

        assertThat(deadline.date()).isEqualTo(d("2031-01-01"));
        assertThat(deadline.missingYears()).containsExactly(2029, 2030, 2031);
    }

    @Test
    void staysCompleteWhenZeroDaysCountedAtEndOfLoadedYear() {
        Deadline deadline = CALENDAR.addWorkingDays(d("2026-12-31"), 0);

        assertThat(deadline.date()).isEqualTo(d("2026-12-31"));
        assertThat(deadline.isComplete()).isTrue();
    }

    // --- day classification -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2025-03-03, WORKDAY",
        "2025-03-08, WEEKEND",
        "2025-10-01, HOLIDAY",
        "2025-10-04, HOLIDAY",
        "2025-09-28, MAKEUP_WORKDAY",
        "2026-02-14, MAKEUP_WORKDAY",
        "2027-01-01, WORKDAY",
        "2027-01-02, WEEKEND",
    })
    void classifiesDays(LocalDate date, DayKind expected) {
        assertThat(CALENDAR.kindOf(date)).isEqualTo(expected);
        assertThat(CALENDAR.isWorkingDay(date)).isEqualTo(expected.isWorking());
    }

    @Test
    void namesHolidaysAndMakeUpDays() {
        assertThat(CALENDAR.nameOf(d("2025-01-29"))).contains("春节");
        assertThat(CALENDAR.nameOf(d("2025-10-11"))).contains("国庆节、中秋节调休上班");
        assertThat(CALENDAR.nameOf(d("2025-03-03"))).isEmpty();
    }

    @Test
    void knowsWhichYearsAreLoaded() {
        assertThat(CALENDAR.isYearLoaded(2025)).isTrue();
        assertThat(CALENDAR.isYearLoaded(2026)).isTrue();
        assertThat(CALENDAR.isYearLoaded(2027)).isFalse();
        assertThat(CALENDAR.loadedYears()).containsExactlyInAnyOrder(2025, 2026);
    }

    @Test
    void rejectsDuplicateEntries() {
        List<CalendarEntry> entries = List.of(
                new CalendarEntry(d("2025-01-01"), CalendarEntry.Kind.HOLIDAY, "元旦"),
                new CalendarEntry(d("2025-01-01"), CalendarEntry.Kind.HOLIDAY, "元旦"));

        assertThrows(IllegalArgumentException.class, () -> WorkingDayCalendar.of(entries, Set.of(2025)));
    }

    @Test
    void rejectsEntriesOutsideLoadedYears() {
        List<CalendarEntry> entries = List.of(new CalendarEntry(d("2027-01-01"), CalendarEntry.Kind.HOLIDAY, "元旦"));

        assertThrows(IllegalArgumentException.class, () -> WorkingDayCalendar.of(entries, Set.of(2025)));
    }

    // --- previous working day and warning day ----------------------------------------------------------------

    @ParameterizedTest(name = "before {0} -> {1}")
    @CsvSource({
        "2025-10-09, 2025-09-30",
        "2025-10-03, 2025-09-30",
        "2025-01-27, 2025-01-26",
        "2026-02-24, 2026-02-14",
        "2026-03-02, 2026-02-28",
        "2025-03-04, 2025-03-03",
        "2025-03-10, 2025-03-07",
    })
    void findsPreviousWorkingDayStrictlyBefore(LocalDate date, LocalDate expected) {
        assertThat(CALENDAR.previousWorkingDay(date)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} working days before {0} -> {2}")
    @CsvSource({
        "2025-10-13, 0, 2025-10-13",
        "2025-10-13, 1, 2025-10-11",
        "2025-10-13, 3, 2025-10-09",
        "2025-10-13, 4, 2025-09-30",
        "2026-01-05, 2, 2025-12-31",
    })
    void computesWarningDay(LocalDate due, int before, LocalDate expected) {
        assertThat(CALENDAR.warnDay(due, before)).isEqualTo(expected);
    }

    @Test
    void rejectsNegativeWarningOffset() {
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.warnDay(d("2025-10-13"), -1));
    }

    // --- working days between ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "({0}, {1}] has {2}")
    @CsvSource({
        "2024-12-31, 2025-12-31, 248",
        "2025-12-31, 2026-12-31, 248",
        "2025-09-26, 2025-09-28, 1",
        "2025-09-30, 2025-10-08, 0",
        "2025-09-30, 2025-10-09, 1",
        "2025-03-03, 2025-03-03, 0",
        "2025-03-10, 2025-03-03, 0",
    })
    void countsWorkingDaysBetween(LocalDate start, LocalDate end, int expected) {
        assertThat(CALENDAR.workingDaysBetween(start, end)).isEqualTo(expected);
    }

    @Test
    void workingDaysBetweenInvertsAddWorkingDaysForEveryStartIn2025And2026() {
        List<String> failures = new ArrayList<>();

        for (LocalDate start = d("2025-01-01"); start.getYear() <= 2026; start = start.plusDays(1)) {
            for (int n = 0; n <= 25; n++) {
                LocalDate due = CALENDAR.addWorkingDays(start, n).date();
                if (CALENDAR.workingDaysBetween(start, due) != n) {
                    failures.add(start + " + " + n + " -> " + due);
                }
                boolean firstDayReachingN = CALENDAR.isWorkingDay(due)
                        && CALENDAR.workingDaysBetween(start, due.minusDays(1)) == n - 1;
                if (n > 0 && !firstDayReachingN) {
                    failures.add(start + " + " + n + " -> " + due + " is not the first day reaching " + n);
                }
            }
        }

        assertThat(failures).isEmpty();
    }

    // --- loop guards ------------------------------------------------------------------------------------------

    @Test
    void rejectsCountsSpanningMoreThanMaximum() {
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.addWorkingDays(d("2025-01-01"), 2700));
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.addWorkingDays(d("2025-01-01"), 100_000));
        assertThrows(IllegalArgumentException.class,
                () -> CALENDAR.workingDaysBetween(d("2025-01-01"), d("2035-12-31")));
    }

    @Test
    void stopsSearchingWhenNoWorkingDayExists() {
        Set<Integer> years = Set.copyOf(IntStream.rangeClosed(2030, 2041).boxed().toList());
        List<CalendarEntry> allHolidays = new ArrayList<>();
        for (LocalDate day = d("2030-01-01"); day.getYear() <= 2041; day = day.plusDays(1)) {
            allHolidays.add(new CalendarEntry(day, CalendarEntry.Kind.HOLIDAY, "假日"));
        }
        WorkingDayCalendar noWork = WorkingDayCalendar.of(allHolidays, years);

        assertThrows(IllegalArgumentException.class, () -> noWork.addWorkingDays(d("2030-01-01"), 1));
        assertThrows(IllegalArgumentException.class, () -> noWork.previousWorkingDay(d("2041-12-31")));
    }
}
