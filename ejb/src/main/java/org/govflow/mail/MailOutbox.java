package org.govflow.mail;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The timer that empties the mail outbox every ten seconds. It is persistent, so in a cluster it fires on
 * one node at a time; the row claims in {@link MailOutboxService} keep a mail from going out twice anyway.
 * On start it hands back the claims this node held when it last stopped (or died), so their mails go out at
 * the next pass instead of after the claim timeout.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailOutbox {

    /** The timer's info, by which tests and operators find it. */
    public static final String TIMER_INFO = "mail outbox";

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @Inject
    private MailOutboxService outbox;

    @PostConstruct
    void releaseOwnClaims() {
        int released = outbox.releaseOwnClaims();
        if (released > 0) {
            LOG.log(Level.INFO, "Mail outbox: {0} mail(s) this node had claimed before it stopped are due again",
                    released);
        }
    }

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = true, info = TIMER_INFO)
    void deliver() {
        DeliveryReport report;
        try {
            report = outbox.deliverDue();
        } catch (EJBException e) {
            // the next timeout tries again; a timer that throws would only be retried once at once
            LOG.log(Level.SEVERE, "Mail outbox pass failed", e);
            return;
        }

        if (!report.isEmpty()) {
            LOG.log(Level.INFO, "Mail outbox: {0} sent, {1} to retry, {2} given up",
                    new Object[] {report.sent(), report.retrying(), report.failed()});
        }
    }
}
