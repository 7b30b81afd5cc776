package org.govflow.calendar;

/**
 * The kind of a calendar day as seen by the working-day calendar. {@link #MAKEUP_WORKDAY} is an official
 * make-up working day (调休上班) on a Saturday or Sunday; {@link #HOLIDAY} is an official holiday on any day.
 */
public enum DayKind {
    WORKDAY,
    WEEKEND,
    HOLIDAY,
    MAKEUP_WORKDAY;

    /**
     * Tells whether the centre works on a day of this kind.
     *
     * @return {@code true} for {@link #WORKDAY} and {@link #MAKEUP_WORKDAY}
     */
    public boolean isWorking() {
        return this == WORKDAY || this == MAKEUP_WORKDAY;
    }
}
