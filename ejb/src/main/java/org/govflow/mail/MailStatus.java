package org.govflow.mail;

/** Where an outgoing mail stands. */
public enum MailStatus {

    /** Waiting for its next attempt. */
    PENDING,
    /** Claimed by one node, which is sending it now. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up: the recipient address is unusable or every attempt failed. */
    FAILED;

    /** Whether the mail still has to go out. */
    public boolean isOutstanding() {
        return this == PENDING || this == SENDING;
    }
}
