package org.govflow.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The failed public queries of one key ("no:" and an acceptance number, or "ip:" and a client address) in its
 * current window; kept in the database so every node of a cluster counts the same tries.
 */
@Entity
@Table(name = "query_attempt")
public class QueryAttempt implements Serializable {

    @Id
    @Column(name = "attempt_key", length = 120)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private OffsetDateTime windowStart;

    protected QueryAttempt() {
        // for JPA: rows are created by QueryThrottle's insert-if-absent
    }

    ThrottleRule.Count count() {
        return new ThrottleRule.Count(failures, windowStart.toInstant());
    }

    void update(ThrottleRule.Count count) {
        this.failures = count.failures();
        this.windowStart = count.windowStart().atOffset(ZoneOffset.UTC);
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }

    public OffsetDateTime getWindowStart() {
        return windowStart;
    }
}
