package org.govflow.complaint;

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
import jakarta.persistence.Version;
import org.govflow.catalog.Department;
import org.govflow.platform.GovFlowException;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A complaint, from receipt to closing: RECEIVED, then ASSIGNED to a department or the discipline
 * inspection office with a due date, ANSWERED by the handler and CLOSED by the centre. Its text is kept
 * exactly as written; the query password is kept only as a bcrypt hash.
 */
@Entity
@Table(name = "complaint")
@NamedQuery(name = "Complaint.findByNumber", query = "SELECT c FROM Complaint c WHERE c.number = :number")
@NamedQuery(name = "Complaint.countFromAddressSince",
        query = "SELECT COUNT(c) FROM Complaint c WHERE c.submittedFrom = :address AND c.channel = :channel"
                + " AND c.receivedAt > :since")
@NamedQuery(name = "Complaint.findOpen",
        query = "SELECT c FROM Complaint c WHERE c.status <> :closed ORDER BY c.receivedAt DESC, c.id DESC")
@NamedQuery(name = "Complaint.findAll", query = "SELECT c FROM Complaint c ORDER BY c.receivedAt DESC, c.id DESC")
@NamedQuery(name = "Complaint.findOpenByHandlerDepartment",
        query = "SELECT c FROM Complaint c WHERE c.handlerDepartment = :department AND c.status <> :closed"
                + " ORDER BY c.receivedAt DESC, c.id DESC")
@NamedQuery(name = "Complaint.findByHandlerDepartment",
        query = "SELECT c FROM Complaint c WHERE c.handlerDepartment = :department"
                + " ORDER BY c.receivedAt DESC, c.id DESC")
@NamedQuery(name = "Complaint.findOverdue",
        query = "SELECT c FROM Complaint c WHERE c.status = :assigned AND c.dueDate < :today"
                + " ORDER BY c.dueDate, c.receivedAt, c.id")
public class Complaint implements Serializable {

    @Id
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    private Long id;

    @Column(name = "complaint_no", nullable = false, updatable = false, length = 20)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private ComplaintChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private ComplaintCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, updatable = false, length = 20)
    private TargetKind targetKind;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "target_department_id", updatable = false)
    private Department targetDepartment;

    @Column(name = "target_reference", updatable = false, length = 100)
    private String targetReference;

    @Column(nullable = false, updatable = false, length = 2000)
    private String content;

    @Column(nullable = false, updatable = false)
    private boolean anonymous;

    @Column(name = "complainant_name", updatable = false, length = 60)
    private String complainantName;

    @Column(name = "complainant_phone", updatable = false, length = 30)
    private String complainantPhone;

    @Column(name = "complainant_email", updatable = false, length = 254)
    private String complainantEmail;

    @Column(name = "password_hash", nullable = false, updatable = false, length = 100)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComplaintStatus status = ComplaintStatus.RECEIVED;

    @Column(name = "received_at", nullable = false, updatable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "submitted_from", updatable = false, length = 64)
    private String submittedFrom;

    @Column(name = "recorded_by", updatable = false, length = 60)
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "handler_kind", length = 20)
    private HandlerKind handlerKind;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "handler_department_id")
    private Department handlerDepartment;

    @Column(name = "limit_days")
    private Integer limitDays;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "due_date_provisional", nullable = false)
    private boolean dueDateProvisional;

    @Column(name = "assigned_at")
    private OffsetDateTime assignedAt;

    @Column(name = "assigned_by", length = 60)
    private String assignedBy;

    @Column(length = 2000)
    private String findings;

    @Column(length = 2000)
    private String reply;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "answered_by", length = 60)
    private String answeredBy;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

    @Version
    private long version;

    protected Complaint() {
        // for JPA
    }

    Complaint(String number, ComplaintChannel channel, ComplaintCategory category, TargetKind targetKind,
              Department targetDepartment, String targetReference, String content, String passwordHash,
              OffsetDateTime receivedAt) {
        this.number = Objects.requireNonNull(number, "number");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.category = Objects.requireNonNull(category, "category");
        this.targetKind = Objects.requireNonNull(targetKind, "targetKind");
        this.targetDepartment = targetDepartment;
        this.targetReference = targetReference;
        this.content = Objects.requireNonNull(content, "content");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.anonymous = true;
    }

    /** Names the complainant; without it the complaint stays anonymous. */
    void identify(String name, String phone, String email) {
        this.anonymous = false;
        this.complainantName = Objects.requireNonNull(name, "name");
        this.complainantPhone = Objects.requireNonNull(phone, "phone");
        this.complainantEmail = email;
    }

    void setSubmittedFrom(String submittedFrom) {
        this.submittedFrom = submittedFrom;
    }

    void setRecordedBy(String recordedBy) {
        this.recordedBy = recordedBy;
    }

    /** Hands the complaint to a handler, or to another one while it is still unanswered. */
    void assign(HandlerKind kind, Department department, int days, LocalDate due, boolean provisional,
                String by, OffsetDateTime at) {
        requireStatus(ComplaintStatus.RECEIVED, ComplaintStatus.ASSIGNED);
        this.handlerKind = Objects.requireNonNull(kind, "kind");
        this.handlerDepartment = kind == HandlerKind.DEPARTMENT ? Objects.requireNonNull(department) : null;
        this.limitDays = days;
        this.dueDate = Objects.requireNonNull(due, "due");
        this.dueDateProvisional = provisional;
        this.assignedBy = by;
        this.assignedAt = at;
        this.status = ComplaintStatus.ASSIGNED;
    }

    void answer(String findings, String reply, String by, OffsetDateTime at) {
        requireStatus(ComplaintStatus.ASSIGNED);
        this.findings = Objects.requireNonNull(findings, "findings");
        this.reply = Objects.requireNonNull(reply, "reply");
        this.answeredBy = by;
        this.answeredAt = at;
        this.status = ComplaintStatus.ANSWERED;
    }

    void close(String by, OffsetDateTime at) {
        requireStatus(ComplaintStatus.ANSWERED);
        this.closedBy = by;
        this.closedAt = at;
        this.status = ComplaintStatus.CLOSED;
    }

    /** Whether the complaint is still unanswered after its due date. */
    public boolean isOverdueOn(LocalDate today) {
        return status == ComplaintStatus.ASSIGNED && dueDate != null && dueDate.isBefore(today);
    }

    /** Whether the complaint is handled by the given department. */
    public boolean isHandledBy(Department department) {
        return handlerKind == HandlerKind.DEPARTMENT && department != null && department.equals(handlerDepartment);
    }

    private void requireStatus(ComplaintStatus... allowed) {
        for (ComplaintStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new GovFlowException("complaint.state.invalid", number, status.name());
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public Department getTargetDepartment() {
        return targetDepartment;
    }

    public String getTargetReference() {
        return targetReference;
    }

    public String getContent() {
        return content;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public String getComplainantName() {
        return complainantName;
    }

    public String getComplainantPhone() {
        return complainantPhone;
    }

    public String getComplainantEmail() {
        return complainantEmail;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public HandlerKind getHandlerKind() {
        return handlerKind;
    }

    public Department getHandlerDepartment() {
        return handlerDepartment;
    }

    public Integer getLimitDays() {
        return limitDays;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isDueDateProvisional() {
        return dueDateProvisional;
    }

    public OffsetDateTime getAssignedAt() {
        return assignedAt;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public String getFindings() {
        return findings;
    }

    public String getReply() {
        return reply;
    }

    public OffsetDateTime getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Complaint that && number.equals(that.number);
    }

    @Override
    public int hashCode() {
        return number.hashCode();
    }
}
