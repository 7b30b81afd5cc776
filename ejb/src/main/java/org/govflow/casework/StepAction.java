package org.govflow.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.govflow.calendar.Timeliness;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One action on a step: who took it, when, from which client address, against which due day and with what
 * result (early, on time or late), with the opinion or reason given. Written once and never changed.
 */
@Entity
@Table(name = "step_action")
@NamedQuery(name = "StepAction.findByCase",
        query = "SELECT a FROM StepAction a JOIN FETCH a.step s WHERE s.caseFile = :caseFile"
                + " ORDER BY a.actedAt, a.id")
public class StepAction implements Serializable {

    static final int MAX_NOTE = 1000;

    @Id
    @SequenceGenerator(name = "step_action_seq", sequenceName = "step_action_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "step_action_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "step_id", updatable = false)
    private CaseStep step;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_type", nullable = false, updatable = false, length = 20)
    private ActionType type;

    @Column(nullable = false, updatable = false, length = 60)
    private String actor;

    @Column(name = "client_address", nullable = false, updatable = false, length = 64)
    private String clientAddress;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private OffsetDateTime actedAt;

    @Column(name = "due_date", updatable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 10)
    private Timeliness timeliness;

    @Column(updatable = false, length = MAX_NOTE)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "suspension_reason", updatable = false, length = 30)
    private SuspensionReason suspensionReason;

    @Column(name = "target_seq", updatable = false)
    private Integer targetSeq;

    @Column(updatable = false)
    private Integer days;

    protected StepAction() {
        // for JPA
    }

    StepAction(CaseStep step, ActionType type, Actor actor, Timeliness timeliness, String note) {
        this.step = Objects.requireNonNull(step, "step");
        this.type = Objects.requireNonNull(type, "type");
        this.actor = actor.username();
        this.clientAddress = actor.clientAddress();
        this.actedAt = actor.at().atOffset(ZoneOffset.UTC);
        this.dueDate = step.getDeadline().getDueDate();
        this.timeliness = timeliness;
        this.note = note;
    }

    StepAction withSuspensionReason(SuspensionReason reason) {
        this.suspensionReason = reason;
        return this;
    }

    StepAction withTargetSeq(int seq) {
        this.targetSeq = seq;
        return this;
    }

    StepAction withDays(int count) {
        this.days = count;
        return this;
    }

    public Long getId() {
        return id;
    }

    public CaseStep getStep() {
        return step;
    }

    public ActionType getType() {
        return type;
    }

    public String getActor() {
        return actor;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public OffsetDateTime getActedAt() {
        return actedAt;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    /** Early, on time or late against {@link #getDueDate()}; none for actions without a limit. */
    public Timeliness getTimeliness() {
        return timeliness;
    }

    public String getNote() {
        return note;
    }

    public SuspensionReason getSuspensionReason() {
        return suspensionReason;
    }

    public Integer getTargetSeq() {
        return targetSeq;
    }

    public Integer getDays() {
        return days;
    }
}
