package org.govflow.calendar;

import java.util.Objects;

/**
 * Fired, within the administrator's transaction, when the official calendar of a year has been loaded, so
 * deadlines counted without it can be counted again at once.
 *
 * @param year the year now loaded
 * @param calendar the working-day calendar with that year, as it will be once the transaction commits
 */
public record CalendarYearLoaded(int year, WorkingDayCalendar calendar) {

    public CalendarYearLoaded {
        Objects.requireNonNull(calendar, "calendar");
    }
}
