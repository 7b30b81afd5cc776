package org.govflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of an official holiday calendar: a holiday or a make-up working day (调休上班) with its Chinese name.
 * A holiday may fall on any day; a make-up working day must fall on a Saturday or Sunday.
 *
 * @param date the calendar day
 * @param kind whether the day is a holiday or a make-up working day
 * @param name the official name, e.g. 春节 or 国庆节调休上班
 */
public record CalendarEntry(LocalDate date, Kind kind, String name) {

    /** The kind of an official entry. */
    public enum Kind {
        /** An official holiday (no work). */
        HOLIDAY,
        /** An official make-up working day on a weekend. */
        WORKDAY
    }

    /**
     * Validates the entry.
     *
     * @throws NullPointerException if any component is null
     * @throws IllegalArgumentException if a {@link Kind#WORKDAY} entry does not fall on a Saturday or Sunday
     */
    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (kind == Kind.WORKDAY && !isWeekend(date)) {
            throw new IllegalArgumentException("Make-up working day " + date
                    + " must fall on a Saturday or Sunday, but it is a " + date.getDayOfWeek());
        }
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
