package org.govflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarEntryTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-26", "2025-02-08"})
    void acceptsMakeUpWorkdayOnWeekend(String date) {
        CalendarEntry entry = new CalendarEntry(LocalDate.parse(date), CalendarEntry.Kind.WORKDAY, "春节调休上班");

        assertThat(entry.kind()).isEqualTo(CalendarEntry.Kind.WORKDAY);
    }

    @Test
    void rejectsMakeUpWorkdayOnWeekday() {
        LocalDate monday = LocalDate.of(2025, 1, 27);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CalendarEntry(monday, CalendarEntry.Kind.WORKDAY, "上班"));

        assertThat(e.getMessage()).contains("2025-01-27").contains("MONDAY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-28", "2025-02-01", "2025-02-02"})
    void acceptsHolidayOnAnyDay(String date) {
        CalendarEntry entry = new CalendarEntry(LocalDate.parse(date), CalendarEntry.Kind.HOLIDAY, "春节");

        assertThat(entry.name()).isEqualTo("春节");
    }

    @Test
    void rejectsNullComponents() {
        LocalDate date = LocalDate.of(2025, 1, 1);

        assertThrows(NullPointerException.class, () -> new CalendarEntry(null, CalendarEntry.Kind.HOLIDAY, "元旦"));
        assertThrows(NullPointerException.class, () -> new CalendarEntry(date, null, "元旦"));
        assertThrows(NullPointerException.class, () -> new CalendarEntry(date, CalendarEntry.Kind.HOLIDAY, null));
    }
}
