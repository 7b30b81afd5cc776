package org.govflow.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The deadline of one run of a step: its due day and, while the step runs, the instants from which the
 * deadline watch warns and marks it overdue. Those instants are cleared while the step is suspended, done
 * or not started, so only running steps are ever found by the watch. The state is moved forward by
 * {@link DeadlineService#scan(Instant)} alone; a fresh run starts again at {@link DeadlineState#ON_TIME}.
 */
@Embeddable
public class StepDeadline implements Serializable {

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "warn_at")
    private OffsetDateTime warnAt;

    @Column(name = "due_at")
    private OffsetDateTime dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_state", nullable = false, length = 10)
    private DeadlineState state = DeadlineState.ON_TIME;

    @Column(name = "warned_at")
    private OffsetDateTime warnedAt;

    @Column(name = "overdue_at")
    private OffsetDateTime overdueAt;

    /** Starts a fresh run: on time, never warned, nothing watched yet. */
    public void restart() {
        state = DeadlineState.ON_TIME;
        warnedAt = null;
        overdueAt = null;
        dueDate = null;
        warnAt = null;
        dueAt = null;
    }

    /**
     * Sets (or moves) the due day and has the watch look at the step again.
     *
     * @param due the due day; any action on it is on time
     * @param warnFrom the first instant of the warning day
     * @param overdueFrom the first instant of the day after the due day
     */
    public void watch(LocalDate due, Instant warnFrom, Instant overdueFrom) {
        if (warnFrom.isAfter(overdueFrom)) {
            throw new IllegalArgumentException("warning at " + warnFrom + " after overdue at " + overdueFrom);
        }
        this.dueDate = Objects.requireNonNull(due, "due");
        this.warnAt = warnFrom.atOffset(ZoneOffset.UTC);
        this.dueAt = overdueFrom.atOffset(ZoneOffset.UTC);
    }

    /** Stops watching (suspended, done, cancelled); the due day and the state reached are kept. */
    public void unwatch() {
        warnAt = null;
        dueAt = null;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public OffsetDateTime getWarnAt() {
        return warnAt;
    }

    public OffsetDateTime getDueAt() {
        return dueAt;
    }

    public DeadlineState getState() {
        return state;
    }

    public OffsetDateTime getWarnedAt() {
        return warnedAt;
    }

    public OffsetDateTime getOverdueAt() {
        return overdueAt;
    }
}
