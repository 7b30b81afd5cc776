package org.govflow.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The result of counting working days: {@code date} is the {@code days}-th working day after {@code start}.
 * {@code missingYears} lists the years, in ascending order, that had no official calendar loaded and were
 * therefore counted on weekends alone; the UI must flag such deadlines.
 *
 * @param start the start date (day 0, the day of acceptance)
 * @param days the number of working days counted
 * @param date the deadline day; any action on this day is on time
 * @param missingYears the years examined without an official calendar, sorted ascending and unmodifiable
 */
public record Deadline(LocalDate start, int days, LocalDate date, Set<Integer> missingYears) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if any component is null
     * @throws IllegalArgumentException if {@code days} is negative or {@code date} is before {@code start}
     */
    public Deadline {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(missingYears, "missingYears");
        if (days < 0) {
            throw new IllegalArgumentException("days must be >= 0, was " + days);
        }
        if (date.isBefore(start)) {
            throw new IllegalArgumentException("deadline " + date + " is before start " + start);
        }
        missingYears = Collections.unmodifiableSortedSet(new TreeSet<>(missingYears));
    }

    /**
     * Tells whether every year examined had an official calendar loaded.
     *
     * @return {@code true} if {@link #missingYears()} is empty
     */
    public boolean isComplete() {
        return missingYears.isEmpty();
    }
}
