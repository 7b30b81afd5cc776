package org.govflow.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * An urge (督办) a supervisor sent about a case or one of its steps, with a note; the department it is
 * addressed to sees it in its inbox. Written once and never changed.
 */
@Entity(name = "SupervisionUrge")
@Table(name = "supervision_urge")
@NamedQuery(name = "SupervisionUrge.findByCase",
        query = "SELECT u FROM SupervisionUrge u WHERE u.caseId = :caseId ORDER BY u.urgedAt, u.id")
@NamedQuery(name = "SupervisionUrge.findByDepartment",
        query = "SELECT u FROM SupervisionUrge u WHERE u.departmentCode = :department ORDER BY u.urgedAt DESC, u.id")
public class Urge implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_NOTE = 1000;

    @Id
    @SequenceGenerator(name = "supervision_urge_seq", sequenceName = "supervision_urge_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_urge_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "step_id", updatable = false)
    private Long stepId;

    @Column(name = "acceptance_no", updatable = false, length = 20)
    private String acceptanceNumber;

    @Column(name = "department_code", nullable = false, updatable = false, length = 20)
    private String departmentCode;

    @Column(nullable = false, updatable = false, length = MAX_NOTE)
    private String note;

    @Column(name = "urged_by", nullable = false, updatable = false, length = 60)
    private String urgedBy;

    @Column(name = "urged_at", nullable = false, updatable = false)
    private OffsetDateTime urgedAt;

    protected Urge() {
        // for JPA
    }

    Urge(long caseId, Long stepId, String acceptanceNumber, String departmentCode, String note, String urgedBy,
         Instant urgedAt) {
        this.caseId = caseId;
        this.stepId = stepId;
        this.acceptanceNumber = acceptanceNumber;
        this.departmentCode = Objects.requireNonNull(departmentCode, "departmentCode");
        this.note = Objects.requireNonNull(note, "note");
        this.urgedBy = Objects.requireNonNull(urgedBy, "urgedBy");
        this.urgedAt = urgedAt.atOffset(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public Long getStepId() {
        return stepId;
    }

    public String getAcceptanceNumber() {
        return acceptanceNumber;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getNote() {
        return note;
    }

    public String getUrgedBy() {
        return urgedBy;
    }

    public OffsetDateTime getUrgedAt() {
        return urgedAt;
    }
}
