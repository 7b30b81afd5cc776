package org.govflow.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether an action happened before, on, or after its due date. Any moment of the due day counts as on time;
 * compare centre-zone dates (see {@link CentreClock#dateOf(java.time.Instant)}).
 */
public enum Timeliness {
    EARLY,
    ON_TIME,
    LATE;

    /**
     * Classifies an action date against a due date.
     *
     * @param actionDate the centre date of the action
     * @param dueDate the due date
     * @return {@link #LATE} if after the due date, {@link #ON_TIME} if on it, {@link #EARLY} if before
     */
    public static Timeliness classify(LocalDate actionDate, LocalDate dueDate) {
        Objects.requireNonNull(actionDate, "actionDate");
        Objects.requireNonNull(dueDate, "dueDate");
        if (actionDate.isAfter(dueDate)) {
            return LATE;
        }
        return actionDate.isEqual(dueDate) ? ON_TIME : EARLY;
    }
}
