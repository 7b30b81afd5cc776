package org.govflow.mail;

/**
 * What one pass over the outbox did.
 *
 * @param sent     mails the SMTP server accepted
 * @param retrying mails that failed this time and wait for their next attempt
 * @param failed   mails given up for good
 */
public record DeliveryReport(int sent, int retrying, int failed) {

    /** Whether the pass found nothing to do. */
    public boolean isEmpty() {
        return sent == 0 && retrying == 0 && failed == 0;
    }
}
