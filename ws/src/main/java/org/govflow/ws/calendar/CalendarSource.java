package org.govflow.ws.calendar;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.govflow.calendar.WorkingDayCalendar;

/**
 * Where the interop interfaces get the working-day calendar from. Until the calendar is served from the
 * database, it is the official calendar bundled with GovFlow, read once.
 */
@ApplicationScoped
public class CalendarSource {

    private WorkingDayCalendar bundled;

    @PostConstruct
    void load() {
        bundled = WorkingDayCalendar.bundled();
    }

    /** The calendar GovFlow counts working days with. */
    public WorkingDayCalendar calendar() {
        // TODO: serve org.govflow.calendar.CalendarService's database calendar once it exists
        return bundled;
    }
}
