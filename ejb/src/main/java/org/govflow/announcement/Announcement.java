package org.govflow.announcement;

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
import org.govflow.casework.Decision;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One published decision of a closed case, as the public sees it: the applicant's name is stored already
 * masked, so nothing personal is ever read from this table. Written in the transaction that closes the case.
 */
@Entity
@Table(name = "announcement")
@NamedQuery(name = "Announcement.countByCase", query = "SELECT COUNT(a) FROM Announcement a WHERE a.caseId = :caseId")
public class Announcement implements Serializable {

    @Id
    @SequenceGenerator(name = "announcement_seq", sequenceName = "announcement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "announcement_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "item_code", nullable = false, length = 30)
    private String itemCode;

    @Column(name = "item_name", nullable = false, length = 200)
    private String itemName;

    @Column(name = "department_code", nullable = false, length = 20)
    private String departmentCode;

    @Column(name = "department_name", nullable = false, length = 100)
    private String departmentName;

    @Column(name = "applicant_name", nullable = false, length = 200)
    private String applicantName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Decision decision;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "document_no", nullable = false, length = 60)
    private String documentNumber;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    protected Announcement() {
    }

    Announcement(long caseId, String itemCode, String itemName, String departmentCode, String departmentName,
                 String maskedApplicant, Decision decision, LocalDate decidedOn, String documentNumber,
                 OffsetDateTime publishedAt) {
        this.caseId = caseId;
        this.itemCode = Objects.requireNonNull(itemCode, "itemCode");
        this.itemName = Objects.requireNonNull(itemName, "itemName");
        this.departmentCode = Objects.requireNonNull(departmentCode, "departmentCode");
        this.departmentName = Objects.requireNonNull(departmentName, "departmentName");
        this.applicantName = Objects.requireNonNull(maskedApplicant, "maskedApplicant");
        this.decision = Objects.requireNonNull(decision, "decision");
        this.decidedOn = Objects.requireNonNull(decidedOn, "decidedOn");
        this.documentNumber = Objects.requireNonNull(documentNumber, "documentNumber");
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getItemName() {
        return itemName;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getDepartmentName() {
        return departmentName;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public Decision getDecision() {
        return decision;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }
}
