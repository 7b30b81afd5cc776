package org.govflow.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.govflow.casework.CaseStep;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A card (yellow light, yellow card or red card) issued on one run of a late step, with the department,
 * post and person responsible at the time. Written once and never changed; the database keeps one card of
 * a kind per run of a step, so a scan that runs twice never issues a card twice.
 */
@Entity(name = "SupervisionCard")
@Table(name = "supervision_card")
@NamedQuery(name = "SupervisionCard.findByCase",
        query = "SELECT c FROM SupervisionCard c WHERE c.caseId = :caseId ORDER BY c.issuedAt, c.id")
@NamedQuery(name = "SupervisionCard.findIssued",
        query = "SELECT c FROM SupervisionCard c WHERE c.issuedAt >= :from AND c.issuedAt < :until"
                + " ORDER BY c.issuedAt, c.id")
public class Card implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "supervision_card_seq", sequenceName = "supervision_card_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_card_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "step_id", nullable = false, updatable = false)
    private long stepId;

    @Column(name = "step_run", nullable = false, updatable = false)
    private int stepRun;

    @Column(name = "acceptance_no", updatable = false, length = 20)
    private String acceptanceNumber;

    @Column(name = "department_code", nullable = false, updatable = false, length = 20)
    private String departmentCode;

    @Column(name = "department_name", nullable = false, updatable = false, length = 100)
    private String departmentName;

    @Column(nullable = false, updatable = false, length = 60)
    private String post;

    @Column(updatable = false, length = 60)
    private String person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private CardKind kind;

    @Column(name = "due_date", updatable = false)
    private LocalDate dueDate;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private OffsetDateTime issuedAt;

    protected Card() {
        // for JPA
    }

    Card(CaseStep step, CardKind kind, Instant issuedAt) {
        this.caseId = step.getCaseFile().getId();
        this.stepId = step.getId();
        this.stepRun = step.getRuns();
        this.acceptanceNumber = step.getCaseFile().getAcceptanceNumber();
        this.departmentCode = step.getDepartmentCode();
        this.departmentName = step.getDepartmentName();
        this.post = step.getPost();
        this.person = step.getPerson();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.dueDate = step.getDeadline().getDueDate();
        this.issuedAt = issuedAt.atOffset(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getStepId() {
        return stepId;
    }

    public int getStepRun() {
        return stepRun;
    }

    public String getAcceptanceNumber() {
        return acceptanceNumber;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getDepartmentName() {
        return departmentName;
    }

    public String getPost() {
        return post;
    }

    public String getPerson() {
        return person;
    }

    public CardKind getKind() {
        return kind;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }
}
