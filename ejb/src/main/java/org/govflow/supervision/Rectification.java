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
import jakarta.persistence.Version;
import org.govflow.platform.GovFlowException;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A rectification item (整改) opened by a poor rating for the rated case's department, due within a limit in
 * working days; supervision closes it only with the measures taken and a note of the call back to the applicant.
 */
@Entity
@Table(name = "rectification")
@NamedQuery(name = "Rectification.findByState",
        query = "SELECT r FROM Rectification r WHERE r.state = :state ORDER BY r.dueDate, r.id")
@NamedQuery(name = "Rectification.findByCase", query = "SELECT r FROM Rectification r WHERE r.caseId = :caseId")
public class Rectification implements Serializable {

    public static final int MAX_NOTE = 1000;

    @Id
    @SequenceGenerator(name = "rectification_seq", sequenceName = "rectification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rectification_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "rating_id", nullable = false)
    private Long ratingId;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "acceptance_no", nullable = false, length = 20)
    private String acceptanceNumber;

    @Column(name = "department_code", nullable = false, length = 20)
    private String departmentCode;

    @Column(nullable = false)
    private int score;

    @Column(name = "opened_at", nullable = false)
    private OffsetDateTime openedAt;

    @Column(name = "limit_days", nullable = false)
    private int limitDays;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RectificationState state = RectificationState.OPEN;

    @Column(length = MAX_NOTE)
    private String measures;

    @Column(name = "callback_note", length = MAX_NOTE)
    private String callbackNote;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

    protected Rectification() {
    }

    Rectification(long ratingId, long caseId, String acceptanceNumber, String departmentCode, int score,
                  OffsetDateTime openedAt, int limitDays, LocalDate dueDate) {
        this.ratingId = ratingId;
        this.caseId = caseId;
        this.acceptanceNumber = Objects.requireNonNull(acceptanceNumber, "acceptanceNumber");
        this.departmentCode = Objects.requireNonNull(departmentCode, "departmentCode");
        this.score = score;
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.limitDays = limitDays;
        this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
    }

    void close(String measures, String callbackNote, String by, OffsetDateTime at) {
        if (state == RectificationState.CLOSED) {
            throw new GovFlowException("rectification.closed");
        }
        this.measures = required(measures, "rectification.measures.required");
        this.callbackNote = required(callbackNote, "rectification.callback.required");
        this.closedBy = by;
        this.closedAt = at;
        this.state = RectificationState.CLOSED;
    }

    /** Whether it is still open after its due day. */
    public boolean isOverdueOn(LocalDate today) {
        return state == RectificationState.OPEN && today.isAfter(dueDate);
    }

    private static String required(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new GovFlowException(key, MAX_NOTE);
        }
        String clean = text.strip();
        if (clean.length() > MAX_NOTE) {
            throw new GovFlowException(key, MAX_NOTE);
        }
        return clean;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getRatingId() {
        return ratingId;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getAcceptanceNumber() {
        return acceptanceNumber;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public int getScore() {
        return score;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    public int getLimitDays() {
        return limitDays;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public RectificationState getState() {
        return state;
    }

    public String getMeasures() {
        return measures;
    }

    public String getCallbackNote() {
        return callbackNote;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }
}
