package org.govflow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Immutable working-day calendar: Monday–Friday, minus official holidays, plus official make-up working days.
 * Years without a loaded official calendar are counted on weekends alone, and {@link Deadline} reports them.
 * Deadline counting follows the administrative licensing rule: the start date is day 0 and the deadline is the
 * N-th working day after it.
 */
public final class WorkingDayCalendar {

    /** The longest span, in calendar days, any single count may cover before it is rejected. */
    public static final int MAX_SPAN_DAYS = 3660;

    private static final List<String> BUNDLED_RESOURCES = List.of("/calendar/cn-2025.csv", "/calendar/cn-2026.csv");
    private static final Set<Integer> BUNDLED_YEARS = Set.of(2025, 2026);

    private final Map<LocalDate, CalendarEntry> entries;
    private final Set<Integer> loadedYears;

    private WorkingDayCalendar(Map<LocalDate, CalendarEntry> entries, Set<Integer> loadedYears) {
        this.entries = entries;
        this.loadedYears = loadedYears;
    }

    /**
     * Builds a calendar from official entries.
     *
     * @param entries the holidays and make-up working days
     * @param loadedYears the years whose official calendar is complete in {@code entries}
     * @return the calendar
     * @throws IllegalArgumentException if two entries share a date or an entry lies outside the loaded years
     */
    public static WorkingDayCalendar of(Collection<CalendarEntry> entries, Set<Integer> loadedYears) {
        Objects.requireNonNull(entries, "entries");
        Set<Integer> years = Set.copyOf(loadedYears);
        Map<LocalDate, CalendarEntry> byDate = new HashMap<>();
        for (CalendarEntry entry : entries) {
            Objects.requireNonNull(entry, "entry");
            if (!years.contains(entry.date().getYear())) {
                throw new IllegalArgumentException("Entry " + entry.date() + " lies in year "
                        + entry.date().getYear() + ", which is not among the loaded years " + new TreeSet<>(years));
            }
            if (byDate.putIfAbsent(entry.date(), entry) != null) {
                throw new IllegalArgumentException("Duplicate calendar entry for " + entry.date());
            }
        }
        return new WorkingDayCalendar(Map.copyOf(byDate), years);
    }

    /**
     * Loads the official calendars bundled as classpath resources {@code /calendar/cn-2025.csv} and
     * {@code /calendar/cn-2026.csv}, with 2025 and 2026 loaded. Each call reads the files again, so keep the
     * returned instance.
     *
     * @return the calendar
     * @throws IllegalStateException if a resource is missing
     * @throws CalendarFormatException if a resource is malformed
     */
    public static WorkingDayCalendar bundled() {
        List<CalendarEntry> all = new ArrayList<>();
        for (String resource : BUNDLED_RESOURCES) {
            try (InputStream stream = WorkingDayCalendar.class.getResourceAsStream(resource)) {
                if (stream == null) {
                    throw new IllegalStateException("Calendar resource not found on the classpath: " + resource);
                }
                try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                    all.addAll(CalendarCsv.parse(reader));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read calendar resource " + resource, e);
            }
        }
        return of(all, BUNDLED_YEARS);
    }

    /**
     * Classifies a day.
     *
     * @param date the day
     * @return the official kind if listed, otherwise {@link DayKind#WEEKEND} or {@link DayKind#WORKDAY}
     */
    public DayKind kindOf(LocalDate date) {
        CalendarEntry entry = entries.get(Objects.requireNonNull(date, "date"));
        if (entry != null) {
            return entry.kind() == CalendarEntry.Kind.HOLIDAY ? DayKind.HOLIDAY : DayKind.MAKEUP_WORKDAY;
        }
        return CalendarEntry.isWeekend(date) ? DayKind.WEEKEND : DayKind.WORKDAY;
    }

    /**
     * Returns the official name of a holiday or make-up working day.
     *
     * @param date the day
     * @return the name, or empty for ordinary days
     */
    public Optional<String> nameOf(LocalDate date) {
        return Optional.ofNullable(entries.get(Objects.requireNonNull(date, "date"))).map(CalendarEntry::name);
    }

    /**
     * Tells whether the centre works on a day.
     *
     * @param date the day
     * @return {@code true} for ordinary weekdays and make-up working days
     */
    public boolean isWorkingDay(LocalDate date) {
        return kindOf(date).isWorking();
    }

    /**
     * Tells whether the official calendar of a year is loaded.
     *
     * @param year the year
     * @return {@code true} if loaded
     */
    public boolean isYearLoaded(int year) {
        return loadedYears.contains(year);
    }

    /**
     * Returns the years whose official calendar is loaded.
     *
     * @return an unmodifiable set
     */
    public Set<Integer> loadedYears() {
        return loadedYears;
    }

    /**
     * Computes a deadline: the {@code days}-th working day after {@code start}; {@code days == 0} gives
     * {@code start} itself. Missing years are those of the days examined after {@code start}, plus the year of
     * the result, that have no loaded calendar.
     *
     * @param start the start date (day 0)
     * @param days the number of working days, at least 0
     * @return the deadline
     * @throws IllegalArgumentException if {@code days} is negative or the count spans more than
     *     {@link #MAX_SPAN_DAYS} calendar days
     */
    public Deadline addWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("days must be >= 0, was " + days);
        }
        if (days > MAX_SPAN_DAYS) {
            throw new IllegalArgumentException("days must be <= " + MAX_SPAN_DAYS + ", was " + days);
        }
        Set<Integer> missing = new TreeSet<>();
        LocalDate date = start;
        int remaining = days;
        while (remaining > 0) {
            date = date.plusDays(1);
            checkSpan(start, date);
            noteMissingYear(date, missing);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        noteMissingYear(date, missing);
        return new Deadline(start, days, date, missing);
    }

    /**
     * Returns the last working day strictly before a date.
     *
     * @param date the reference day
     * @return the previous working day
     * @throws IllegalArgumentException if none is found within {@link #MAX_SPAN_DAYS} calendar days
     */
    public LocalDate previousWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate day = date;
        do {
            day = day.minusDays(1);
            checkSpan(day, date);
        } while (!isWorkingDay(day));
        return day;
    }

    /**
     * Returns the day on which to warn that a due date approaches: {@code workingDaysBefore} working days
     * before {@code dueDate}; 0 gives the due date itself.
     *
     * @param dueDate the due date
     * @param workingDaysBefore how many working days earlier to warn, at least 0
     * @return the warning day
     * @throws IllegalArgumentException if {@code workingDaysBefore} is negative or the count spans more than
     *     {@link #MAX_SPAN_DAYS} calendar days
     */
    public LocalDate warnDay(LocalDate dueDate, int workingDaysBefore) {
        Objects.requireNonNull(dueDate, "dueDate");
        if (workingDaysBefore < 0) {
            throw new IllegalArgumentException("workingDaysBefore must be >= 0, was " + workingDaysBefore);
        }
        if (workingDaysBefore > MAX_SPAN_DAYS) {
            throw new IllegalArgumentException(
                    "workingDaysBefore must be <= " + MAX_SPAN_DAYS + ", was " + workingDaysBefore);
        }
        LocalDate day = dueDate;
        for (int i = 0; i < workingDaysBefore; i++) {
            day = previousWorkingDay(day);
            checkSpan(day, dueDate);
        }
        return day;
    }

    /**
     * Counts the working days {@code d} with {@code start < d <= end}: the working days used by a case accepted
     * on {@code start} and finished on {@code end}.
     *
     * @param start the start date (day 0)
     * @param end the end date
     * @return the count, 0 if {@code end} is not after {@code start}
     * @throws IllegalArgumentException if the range spans more than {@link #MAX_SPAN_DAYS} calendar days
     */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            return 0;
        }
        checkSpan(start, end);
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[entries=" + entries.size() + ", loadedYears=" + new TreeSet<>(loadedYears) + "]";
    }

    private void noteMissingYear(LocalDate date, Set<Integer> missing) {
        if (!loadedYears.contains(date.getYear())) {
            missing.add(date.getYear());
        }
    }

    private static void checkSpan(LocalDate from, LocalDate to) {
        if (ChronoUnit.DAYS.between(from, to) > MAX_SPAN_DAYS) {
            throw new IllegalArgumentException("Count from " + from + " to " + to + " spans more than "
                    + MAX_SPAN_DAYS + " calendar days");
        }
    }
}
