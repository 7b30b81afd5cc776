package org.govflow.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An extension of a case's limit approved by a department head (延期): the approving action (who, when,
 * from where, why), the working days added, and the new due dates the applicant is told.
 */
@Entity
@Table(name = "case_extension")
public class Extension implements Serializable {

    @Id
    @SequenceGenerator(name = "case_extension_seq", sequenceName = "case_extension_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_extension_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private Case caseFile;

    @ManyToOne(optional = false)
    @JoinColumn(name = "action_id")
    private StepAction action;

    @Column(nullable = false)
    private int days;

    @Column(name = "promised_due_date", nullable = false)
    private LocalDate promisedDueDate;

    @Column(name = "legal_due_date", nullable = false)
    private LocalDate legalDueDate;

    @Column(name = "step_due_date", nullable = false)
    private LocalDate stepDueDate;

    protected Extension() {
        // for JPA
    }

    Extension(Case caseFile, StepAction action, int days, LocalDate promisedDueDate, LocalDate legalDueDate,
              LocalDate stepDueDate) {
        this.caseFile = Objects.requireNonNull(caseFile, "caseFile");
        this.action = Objects.requireNonNull(action, "action");
        this.days = days;
        this.promisedDueDate = Objects.requireNonNull(promisedDueDate, "promisedDueDate");
        this.legalDueDate = Objects.requireNonNull(legalDueDate, "legalDueDate");
        this.stepDueDate = Objects.requireNonNull(stepDueDate, "stepDueDate");
    }

    public Long getId() {
        return id;
    }

    public StepAction getAction() {
        return action;
    }

    public int getDays() {
        return days;
    }

    public LocalDate getPromisedDueDate() {
        return promisedDueDate;
    }

    public LocalDate getLegalDueDate() {
        return legalDueDate;
    }

    public LocalDate getStepDueDate() {
        return stepDueDate;
    }
}
