package org.govflow.deadline;

/** Where a step stands against its due date; it only ever moves forward, one transition at a time. */
public enum DeadlineState {
    /** Before the warning day. */
    ON_TIME,
    /** From 00:00 of the warning day (by default one working day before the due day). */
    WARNED,
    /** From 00:00 of the day after the due day. */
    OVERDUE
}
