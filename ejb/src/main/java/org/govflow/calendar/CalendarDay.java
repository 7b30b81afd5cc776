package org.govflow.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One exceptional date of the stored calendar: an official holiday, or an official make-up working day
 * on a weekend. It always lies in a loaded {@link CalendarYear}; the invariants are those of
 * {@link CalendarEntry}.
 */
@Entity
@Table(name = "calendar_day")
@NamedQuery(name = "CalendarDay.findAll", query = "SELECT d FROM CalendarDay d ORDER BY d.date")
@NamedQuery(name = "CalendarDay.findByYear",
        query = "SELECT d FROM CalendarDay d WHERE d.year = :year ORDER BY d.date")
@NamedQuery(name = "CalendarDay.deleteByYear", query = "DELETE FROM CalendarDay d WHERE d.year = :year")
public class CalendarDay {

    @Id
    @Column(name = "day_date")
    private LocalDate date;

    @Column(name = "year_no", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CalendarEntry.Kind kind;

    @Column(nullable = false, length = 60)
    private String name;

    protected CalendarDay() {
        // for JPA
    }

    CalendarDay(CalendarEntry entry) {
        this.date = entry.date();
        this.year = entry.date().getYear();
        change(entry);
    }

    /** Replaces kind and name with those of an entry for the same date. */
    void change(CalendarEntry entry) {
        if (!entry.date().equals(date)) {
            throw new IllegalArgumentException("entry for " + entry.date() + " applied to " + date);
        }
        this.kind = entry.kind();
        this.name = Objects.requireNonNull(entry.name(), "name");
    }

    /** The day as the calendar library sees it. */
    public CalendarEntry toEntry() {
        return new CalendarEntry(date, kind, name);
    }

    public LocalDate getDate() {
        return date;
    }

    public int getYear() {
        return year;
    }

    public CalendarEntry.Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }
}
