package org.govflow.mail;

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

import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One mail in the outbox. It is created PENDING and due at once; a node claims it (SENDING) before it
 * talks to the SMTP server, so no two nodes send the same row. A failed attempt puts it back to PENDING,
 * due again after an exponential back-off of {@link #FIRST_RETRY} doubling up to {@link #LONGEST_RETRY}.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = "OutgoingMail.findDueIds",
        query = "SELECT m.id FROM OutgoingMail m WHERE (m.status = :pending AND m.nextAttemptAt <= :now)"
                + " OR (m.status = :sending AND m.claimedAt < :staleBefore) ORDER BY m.nextAttemptAt, m.id")
@NamedQuery(name = "OutgoingMail.claim",
        query = "UPDATE OutgoingMail m SET m.status = :sending, m.claimedBy = :node, m.claimedAt = :now"
                + " WHERE m.id = :id AND ((m.status = :pending AND m.nextAttemptAt <= :now)"
                + " OR (m.status = :sending AND m.claimedAt < :staleBefore))")
@NamedQuery(name = "OutgoingMail.releaseClaims",
        query = "UPDATE OutgoingMail m SET m.status = :pending, m.claimedBy = NULL, m.claimedAt = NULL"
                + " WHERE m.status = :sending AND m.claimedBy = :node")
@NamedQuery(name = "OutgoingMail.findByReference",
        query = "SELECT m FROM OutgoingMail m WHERE m.referenceType = :type AND m.referenceId = :id ORDER BY m.id")
@NamedQuery(name = "OutgoingMail.findByReferences",
        query = "SELECT m FROM OutgoingMail m WHERE m.referenceType = :type AND m.referenceId IN :ids ORDER BY m.id")
public class OutgoingMail implements Serializable {

    /** The wait after the first failed attempt. */
    public static final Duration FIRST_RETRY = Duration.ofSeconds(10);

    /** The longest wait between two attempts. */
    public static final Duration LONGEST_RETRY = Duration.ofMinutes(10);

    /** Failed attempts after which a mail is given up: about two days at the longest wait. */
    public static final int MAX_ATTEMPTS = 300;

    @Id
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    private Long id;

    @Column(nullable = false, updatable = false, length = 320)
    private String recipient;

    @Column(nullable = false, updatable = false, length = 500)
    private String subject;

    @Column(nullable = false, updatable = false, length = 20000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status = MailStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_at")
    private OffsetDateTime claimedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "reference_type", updatable = false, length = 40)
    private String referenceType;

    @Column(name = "reference_id", updatable = false, length = 60)
    private String referenceId;

    protected OutgoingMail() {
        // for JPA
    }

    public OutgoingMail(String recipient, String subject, String body, String referenceType, String referenceId,
                        OffsetDateTime createdAt) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.body = Objects.requireNonNull(body, "body");
        this.referenceType = referenceType;
        this.referenceId = referenceId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.nextAttemptAt = createdAt;
    }

    /** The wait before the next attempt after {@code attempts} failed ones: 10 s, 20 s, 40 s … at most 10 min. */
    public static Duration retryDelay(int attempts) {
        if (attempts < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(attempts - 1, 16);
        Duration delay = FIRST_RETRY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    void markSent(OffsetDateTime at) {
        status = MailStatus.SENT;
        attempts++;
        sentAt = at;
        lastError = null;
        release();
    }

    /** Counts a failed attempt: due again after the back-off, or given up after {@link #MAX_ATTEMPTS}. */
    void markAttemptFailed(OffsetDateTime at, String error) {
        attempts++;
        lastError = truncate(error);
        release();
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
        } else {
            status = MailStatus.PENDING;
            nextAttemptAt = at.plus(retryDelay(attempts));
        }
    }

    /** Gives up at once: the mail can never be delivered (its recipient address is malformed). */
    void markUndeliverable(String error) {
        attempts++;
        lastError = truncate(error);
        status = MailStatus.FAILED;
        release();
    }

    private void release() {
        claimedBy = null;
        claimedAt = null;
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public String getReferenceType() {
        return referenceType;
    }

    public String getReferenceId() {
        return referenceId;
    }
}
