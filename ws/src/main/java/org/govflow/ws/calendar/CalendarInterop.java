package org.govflow.ws.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.govflow.calendar.CalendarService;
import org.govflow.calendar.Deadline;
import org.govflow.calendar.WorkingDayCalendar;
import org.govflow.ws.Params;
import org.govflow.ws.calendar.dto.DayDto;
import org.govflow.ws.calendar.dto.DeadlineDto;

import java.time.LocalDate;
import java.util.List;

/**
 * Answers calendar questions for the REST resource and the SOAP endpoint alike. The start date is day 0
 * and the deadline is the N-th working day after it, as everywhere in GovFlow.
 */
@ApplicationScoped
public class CalendarInterop {

    @Inject
    private CalendarService source;

    /** The deadline of {@code days} working days from {@code from}; a year without a calendar is reported. */
    public DeadlineDto deadline(LocalDate from, int days) {
        Params.within("days", days, 0, WorkingDayCalendar.MAX_SPAN_DAYS);

        Deadline deadline;
        try {
            deadline = source.calendar().addWorkingDays(from, days);
        } catch (IllegalArgumentException e) {
            // so many working days reach past the longest span the calendar counts
            throw Params.outOfRange("days", days, 0, WorkingDayCalendar.MAX_SPAN_DAYS);
        }

        return new DeadlineDto(from.toString(), days, deadline.date().toString(), deadline.isComplete(),
                List.copyOf(deadline.missingYears()));
    }

    /** Whether the centre works on a date, and the official name of a holiday or make-up working day. */
    public DayDto day(LocalDate date) {
        WorkingDayCalendar calendar = source.calendar();
        return new DayDto(date.toString(), calendar.isWorkingDay(date), calendar.kindOf(date).name(),
                calendar.nameOf(date).orElse(null));
    }
}
