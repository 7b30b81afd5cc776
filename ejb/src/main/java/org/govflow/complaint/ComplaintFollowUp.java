package org.govflow.complaint;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * What the complainant sees on the follow-up page: where the complaint stands and the reply once there is
 * one. The handler's findings and the staff involved stay inside the centre. A class with getters rather
 * than a record, because pages read it through Expression Language 5, which knows no record accessors.
 */
public final class ComplaintFollowUp implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String number;
    private final ComplaintCategory category;
    private final ComplaintStatus status;
    private final OffsetDateTime receivedAt;
    private final String reply;
    private final OffsetDateTime answeredAt;
    private final OffsetDateTime closedAt;

    private ComplaintFollowUp(Complaint complaint) {
        this.number = complaint.getNumber();
        this.category = complaint.getCategory();
        this.status = complaint.getStatus();
        this.receivedAt = complaint.getReceivedAt();
        this.reply = complaint.getReply();
        this.answeredAt = complaint.getAnsweredAt();
        this.closedAt = complaint.getClosedAt();
    }

    static ComplaintFollowUp of(Complaint complaint) {
        return new ComplaintFollowUp(complaint);
    }

    public String getNumber() {
        return number;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public String getReply() {
        return reply;
    }

    public OffsetDateTime getAnsweredAt() {
        return answeredAt;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }
}
