package org.govflow.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govflow.audit.AuditLog;
import org.govflow.staff.Roles;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Owns the mail outbox. {@link #enqueue} joins the caller's transaction, so a mail exists exactly when the
 * change that causes it is committed. {@link #deliverDue} claims each due row in its own transaction (so two
 * nodes never send the same row), sends it through {@code java:jboss/mail/GovFlow} outside any transaction,
 * and records the outcome in another; an SMTP failure only pushes the row's next attempt back.
 */
@Stateless
public class MailOutboxService {

    /** A claim older than this is taken to belong to a node that died while sending. */
    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(5);

    /** The most rows one pass sends; the rest wait for the next pass. */
    static final int BATCH_SIZE = 50;

    static final String SUBJECT = "mail";

    private static final Logger LOG = Logger.getLogger(MailOutboxService.class.getName());
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Resource(lookup = "java:jboss/mail/GovFlow")
    private Session mailSession;

    @Inject
    private AuditLog audit;

    /**
     * Puts a mail in the outbox, in the caller's transaction: if that transaction rolls back, the mail is
     * never sent. The reference names what the mail is about (for example "complaint" and its number).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OutgoingMail enqueue(String recipient, String subject, String body, String referenceType,
                                String referenceId) {
        OutgoingMail mail = new OutgoingMail(recipient, subject, body, referenceType, referenceId, now());
        em.persist(mail);
        return mail;
    }

    /** Sends every mail that is due now; what the timer runs. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DeliveryReport deliverDue() {
        return deliverDue(now());
    }

    /** Sends every mail that is due at the given instant, at most {@value #BATCH_SIZE} of them. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DeliveryReport deliverDue(OffsetDateTime now) {
        List<Long> due = em.createNamedQuery("OutgoingMail.findDueIds", Long.class)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("sending", MailStatus.SENDING)
                .setParameter("now", now)
                .setParameter("staleBefore", now.minus(CLAIM_TIMEOUT))
                .setMaxResults(BATCH_SIZE)
                .getResultList();

        MailOutboxService self = context.getBusinessObject(MailOutboxService.class);
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        for (Long id : due) {
            Optional<OutgoingMail> claimed = self.claim(id, now);
            if (claimed.isEmpty()) {
                continue; // another node claimed it first
            }
            switch (send(self, claimed.get(), now)) {
                case SENT -> sent++;
                case PENDING -> retrying++;
                default -> failed++;
            }
        }
        return new DeliveryReport(sent, retrying, failed);
    }

    /**
     * Claims a due row for this node; empty when another node has it. Part of {@link #deliverDue} only,
     * public because the container must start its own transaction.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<OutgoingMail> claim(long id, OffsetDateTime now) {
        int claimed = em.createNamedQuery("OutgoingMail.claim")
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("sending", MailStatus.SENDING)
                .setParameter("node", node())
                .setParameter("now", now)
                .setParameter("staleBefore", now.minus(CLAIM_TIMEOUT))
                .setParameter("id", id)
                .executeUpdate();
        return claimed == 1 ? Optional.ofNullable(em.find(OutgoingMail.class, id)) : Optional.empty();
    }

    /**
     * Hands back every row this node has claimed: called when the node starts, when no send of its own can be
     * under way, so the rows its previous run claimed (it may have died while sending) are due at once. A mail
     * whose send had succeeded just before the node died goes out again, with the same Message-ID.
     *
     * @return how many rows were handed back
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int releaseOwnClaims() {
        return em.createNamedQuery("OutgoingMail.releaseClaims")
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("sending", MailStatus.SENDING)
                .setParameter("node", node())
                .executeUpdate();
    }

    /** Records that the SMTP server accepted a claimed row. Part of {@link #deliverDue} only. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OutgoingMail recordSent(long id, OffsetDateTime at) {
        OutgoingMail mail = em.find(OutgoingMail.class, id);
        mail.markSent(at);
        audit.recordAs(AuditLog.SYSTEM, "MAIL_SENT", SUBJECT, id, reference(mail));
        return mail;
    }

    /** Records a failed attempt on a claimed row. Part of {@link #deliverDue} only. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OutgoingMail recordFailedAttempt(long id, OffsetDateTime at, String error, boolean undeliverable) {
        OutgoingMail mail = em.find(OutgoingMail.class, id);
        if (undeliverable) {
            mail.markUndeliverable(error);
        } else {
            mail.markAttemptFailed(at, error);
        }
        if (mail.getStatus() == MailStatus.FAILED) {
            audit.recordAs(AuditLog.SYSTEM, "MAIL_FAILED", SUBJECT, id, reference(mail) + " " + error);
        }
        return mail;
    }

    /** Every mail about one thing, oldest first. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPERVISOR, Roles.DEPARTMENT_HEAD})
    public List<OutgoingMail> listByReference(String referenceType, String referenceId) {
        return em.createNamedQuery("OutgoingMail.findByReference", OutgoingMail.class)
                .setParameter("type", referenceType)
                .setParameter("id", referenceId)
                .getResultList();
    }

    /** The status of the newest mail about each of several things; things without mail are left out. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPERVISOR, Roles.DEPARTMENT_HEAD})
    public Map<String, MailStatus> statusByReference(String referenceType, Collection<String> referenceIds) {
        Map<String, MailStatus> statuses = new HashMap<>();
        if (referenceIds.isEmpty()) {
            return statuses;
        }
        em.createNamedQuery("OutgoingMail.findByReferences", OutgoingMail.class)
                .setParameter("type", referenceType)
                .setParameter("ids", new ArrayList<>(referenceIds))
                .getResultList()
                .forEach(mail -> statuses.put(mail.getReferenceId(), mail.getStatus()));
        return statuses;
    }

    private MailStatus send(MailOutboxService self, OutgoingMail mail, OffsetDateTime now) {
        try {
            Transport.send(compose(mail));
        } catch (AddressException e) {
            OutgoingMail after = self.recordFailedAttempt(mail.getId(), now, describe(e), true);
            LOG.log(Level.WARNING, "Mail {0} given up: its recipient address is malformed", after.getId());
            return after.getStatus();
        } catch (MessagingException e) {
            OutgoingMail after = self.recordFailedAttempt(mail.getId(), now, describe(e), false);
            if (after.getStatus() == MailStatus.FAILED) {
                LOG.log(Level.WARNING, "Mail {0} given up after attempt {1}: {2}",
                        new Object[] {after.getId(), after.getAttempts(), after.getLastError()});
            } else {
                LOG.log(Level.WARNING, "Mail {0} not sent, attempt {1} failed ({2}); next attempt at {3}",
                        new Object[] {after.getId(), after.getAttempts(), after.getLastError(),
                                after.getNextAttemptAt()});
            }
            return after.getStatus();
        }

        self.recordSent(mail.getId(), now);
        LOG.log(Level.FINE, "Mail {0} sent ({1})", new Object[] {mail.getId(), reference(mail)});
        return MailStatus.SENT;
    }

    private MimeMessage compose(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new OutboxMessage(mailSession, mail.getId());
        message.setFrom(); // the session's mail.from, set by the server configuration
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), UTF_8);
        message.setText(mail.getBody(), UTF_8);
        message.setSentDate(new Date());
        return message;
    }

    /**
     * A message whose Message-ID names its outbox row, so a mail sent again (its node died between the SMTP
     * server's acceptance and the record of it) is recognisably the same mail to the mailbox and its reader.
     */
    private static final class OutboxMessage extends MimeMessage {

        private final long outboxId;

        OutboxMessage(Session session, long outboxId) {
            super(session);
            this.outboxId = outboxId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<outbox-" + outboxId + "@govflow>");
        }
    }

    /** The exception classes along the cause chain: never their messages, which may hold addresses. */
    static String describe(Throwable failure) {
        List<String> names = new ArrayList<>();
        for (Throwable t = failure; t != null && names.size() < 4; t = t.getCause()) {
            names.add(t.getClass().getSimpleName());
        }
        return String.join(" <- ", names);
    }

    private static String reference(OutgoingMail mail) {
        return mail.getReferenceType() + " " + mail.getReferenceId();
    }

    private static String node() {
        return System.getProperty("jboss.node.name", "unknown");
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
