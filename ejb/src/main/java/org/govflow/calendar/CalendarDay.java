package org.govflow.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
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
        query = "SELECT d FROM CalendarDay d WHERE d.calendarYear = :year ORDER BY d.date")
@NamedQuery(name = "CalendarDay.deleteByYear", query = "DELETE FROM CalendarDay d WHERE d.calendarYear = :year")
public class CalendarDay implements Serializable {

    @Id
    @Column(name = "day_date")
    private LocalDate date;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "year_no")
    private CalendarYear calendarYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CalendarEntry.Kind kind;

    @Column(nullable = false, length = 60)
    private String name;

    protected CalendarDay() {
        // for JPA
    }

    CalendarDay(CalendarYear calendarYear, CalendarEntry entry) {
        if (calendarYear.getYear() != entry.date().getYear()) {
            throw new IllegalArgumentException(entry.date() + " does not lie in " + calendarYear.getYear());
        }
        this.calendarYear = calendarYear;
        this.date = entry.date();
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
        return date.getYear();
    }

    public CalendarEntry.Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }
}
