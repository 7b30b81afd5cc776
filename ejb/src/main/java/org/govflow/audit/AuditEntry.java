package org.govflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One line of the audit log. Immutable once written: every column is insert-only and the class has no
 * setters, so the log can only grow.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.findBySubject",
        query = "SELECT a FROM AuditEntry a WHERE a.subjectType = :type AND a.subjectId = :id ORDER BY a.id")
@NamedQuery(name = "AuditEntry.findRecent", query = "SELECT a FROM AuditEntry a ORDER BY a.id DESC")
@NamedQuery(name = "AuditEntry.count", query = "SELECT COUNT(a) FROM AuditEntry a")
@NamedQuery(name = "AuditEntry.findByAction",
        query = "SELECT a FROM AuditEntry a WHERE a.action = :action ORDER BY a.id")
public class AuditEntry implements Serializable {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false, length = 60)
    private String actor;

    @Column(name = "client_address", nullable = false, updatable = false, length = 64)
    private String clientAddress;

    @Column(nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "subject_type", updatable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", updatable = false, length = 60)
    private String subjectId;

    @Column(updatable = false, length = 1000)
    private String detail;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(OffsetDateTime occurredAt, String actor, String clientAddress, String action,
               String subjectType, String subjectId, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clientAddress = Objects.requireNonNull(clientAddress, "clientAddress");
        this.action = Objects.requireNonNull(action, "action");
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }
}
