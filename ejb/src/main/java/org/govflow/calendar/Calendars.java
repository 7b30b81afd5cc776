package org.govflow.calendar;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Holds the official working-day calendar for every service that counts working days. It is read once,
 * from the files bundled with GovFlow ({@link WorkingDayCalendar#bundled()}).
 */
@ApplicationScoped
public class Calendars {

    private final WorkingDayCalendar official = WorkingDayCalendar.bundled();

    /** The official calendar: weekends, holidays and make-up working days of the loaded years. */
    public WorkingDayCalendar official() {
        return official;
    }
}
