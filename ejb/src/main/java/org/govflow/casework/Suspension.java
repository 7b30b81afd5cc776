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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * A period in which a case's clock stood still for a legal reason, from the action that suspended it to
 * the one that resumed it, with the working days it lasted. Only the step that suspended a case resumes it.
 */
@Entity
@Table(name = "case_suspension")
public class Suspension implements Serializable {

    @Id
    @SequenceGenerator(name = "case_suspension_seq", sequenceName = "case_suspension_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_suspension_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private Case caseFile;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "step_id")
    private CaseStep step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SuspensionReason reason;

    @ManyToOne(optional = false)
    @JoinColumn(name = "started_action_id")
    private StepAction started;

    @ManyToOne
    @JoinColumn(name = "ended_action_id")
    private StepAction ended;

    @Column(name = "working_days")
    private Integer workingDays;

    protected Suspension() {
        // for JPA
    }

    Suspension(Case caseFile, CaseStep step, SuspensionReason reason, StepAction started) {
        this.caseFile = Objects.requireNonNull(caseFile, "caseFile");
        this.step = Objects.requireNonNull(step, "step");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.started = Objects.requireNonNull(started, "started");
    }

    void end(StepAction action, int days) {
        this.ended = Objects.requireNonNull(action, "action");
        this.workingDays = days;
    }

    public boolean isOpen() {
        return ended == null;
    }

    public Long getId() {
        return id;
    }

    public CaseStep getStep() {
        return step;
    }

    public SuspensionReason getReason() {
        return reason;
    }

    public StepAction getStarted() {
        return started;
    }

    public StepAction getEnded() {
        return ended;
    }

    /** Working days the clock stood still; none while the suspension lasts. */
    public Integer getWorkingDays() {
        return workingDays;
    }
}
