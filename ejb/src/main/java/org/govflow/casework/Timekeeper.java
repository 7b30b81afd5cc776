package org.govflow.casework;

import org.govflow.calendar.CentreClock;
import org.govflow.calendar.Deadline;
import org.govflow.calendar.Timeliness;
import org.govflow.calendar.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The time of one action: its instant, taken once so every date and row of the action agrees, the centre
 * day it falls on, and working-day counting on the current calendar. Acceptance day is day 0; a limit of N
 * ends on the N-th working day after; anything on that day is on time, and the step is overdue from 00:00 of
 * the next centre day.
 */
final class Timekeeper {

    private final WorkingDayCalendar calendar;
    private final CentreClock clock;
    private final int warnWorkingDays;
    private final Instant now;

    Timekeeper(WorkingDayCalendar calendar, CentreClock clock, int warnWorkingDays) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.warnWorkingDays = warnWorkingDays;
        this.now = clock.now();
    }

    Instant now() {
        return now;
    }

    LocalDate today() {
        return clock.dateOf(now);
    }

    LocalDate dateOf(Instant instant) {
        return clock.dateOf(instant);
    }

    /**
     * The day {@code days} working days after {@code start}. A negative count (a limit already used up
     * before a suspension) goes back that many working days, so an overdue step stays overdue.
     */
    Deadline dueFrom(LocalDate start, int days) {
        if (days >= 0) {
            return calendar.addWorkingDays(start, days);
        }
        LocalDate back = calendar.warnDay(start, -days);
        return new Deadline(back, 0, back, Set.of());
    }

    /** From when the watch warns about a step due on {@code dueDate}: 00:00 of the warning day. */
    Instant warnFrom(LocalDate dueDate) {
        return clock.warnFrom(calendar.warnDay(dueDate, warnWorkingDays));
    }

    /** From when a step due on {@code dueDate} is overdue: 00:00 of the next centre day. */
    Instant overdueFrom(LocalDate dueDate) {
        return clock.overdueFrom(dueDate);
    }

    /** Working days {@code d} with {@code start < d <= end}. */
    int workingDaysBetween(LocalDate start, LocalDate end) {
        return calendar.workingDaysBetween(start, end);
    }

    /** How an action at this instant stands against a due day, compared in centre days. */
    Timeliness classify(LocalDate dueDate) {
        return Timeliness.classify(today(), dueDate);
    }
}
