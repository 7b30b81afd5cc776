package org.govflow.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A year whose official holiday calendar is loaded. Deadlines reaching into a year without this row are
 * counted on weekends alone and flagged, so the missing year is noticed.
 */
@Entity
@Table(name = "calendar_year")
@NamedQuery(name = "CalendarYear.findAll", query = "SELECT y FROM CalendarYear y ORDER BY y.year")
@NamedQuery(name = "CalendarYear.count", query = "SELECT COUNT(y) FROM CalendarYear y")
public class CalendarYear implements Serializable {

    @Id
    @Column(name = "year_no")
    private int year;

    @Column(name = "loaded_at", nullable = false)
    private OffsetDateTime loadedAt;

    @Column(name = "loaded_by", nullable = false, length = 60)
    private String loadedBy;

    @Column(nullable = false, length = 200)
    private String source;

    protected CalendarYear() {
        // for JPA
    }

    CalendarYear(int year, OffsetDateTime loadedAt, String loadedBy, String source) {
        this.year = year;
        record(loadedAt, loadedBy, source);
    }

    /** Notes a (re)load or an edit of this year. */
    void record(OffsetDateTime at, String by, String from) {
        this.loadedAt = Objects.requireNonNull(at, "at");
        this.loadedBy = Objects.requireNonNull(by, "by");
        this.source = from.length() <= 200 ? from : from.substring(0, 200);
    }

    public int getYear() {
        return year;
    }

    public OffsetDateTime getLoadedAt() {
        return loadedAt;
    }

    public String getLoadedBy() {
        return loadedBy;
    }

    public String getSource() {
        return source;
    }
}
