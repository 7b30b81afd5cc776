package org.govflow.query;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.govflow.audit.AuditLog;
import org.govflow.audit.RequestOrigin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Counts failed public queries per acceptance number and per client address in the database, shared by every
 * node, and says when a number or address has to wait. A failure is written in its own transaction so it
 * counts even when the caller's request is refused and rolled back.
 */
@Stateless
@PermitAll
public class QueryThrottle {

    private static final Logger LOG = Logger.getLogger(QueryThrottle.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RequestOrigin origin;

    @Inject
    private AuditLog audit;

    /** Whether tries for this (normalised) number, or from the caller's address, are refused now. */
    public boolean isLocked(String number, Instant now) {
        return number != null && locked(numberKey(number), ThrottleRule.PER_NUMBER, now)
                || locked(addressKey(), ThrottleRule.PER_ADDRESS, now);
    }

    /** Counts one failed try for the number (if any) and for the caller's address. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String number, Instant now) {
        if (number != null) {
            count(numberKey(number), ThrottleRule.PER_NUMBER, now);
        }
        count(addressKey(), ThrottleRule.PER_ADDRESS, now);
        LOG.fine("Failed public query counted");
    }

    private boolean locked(String key, ThrottleRule rule, Instant now) {
        QueryAttempt attempt = em.find(QueryAttempt.class, key);
        return attempt != null && rule.isLocked(attempt.count(), now);
    }

    private void count(String key, ThrottleRule rule, Instant now) {
        QueryAttempt attempt = lockedAttempt(key, now);
        ThrottleRule.Count count = rule.afterFailure(attempt.count(), now);
        attempt.update(count);
        if (count.failures() == rule.limit()) {
            audit.record("PUBLIC_QUERY_LOCKED", "query_attempt", key, count.failures() + " failed tries");
            LOG.info(() -> "Public query locked for " + rule.lock().toMinutes() + " minutes after "
                    + count.failures() + " failed tries");
        }
    }

    /**
     * The key's row, locked until the transaction ends. A key seen for the first time gets a row with no failures
     * first; when two nodes count a key's first failure at the same instant, the database keeps one of the two
     * inserts and both then count on that row in turn, so neither try is lost.
     */
    private QueryAttempt lockedAttempt(String key, Instant now) {
        em.createNativeQuery("INSERT INTO query_attempt (attempt_key, failures, window_start) VALUES (?1, 0, ?2)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, key)
                .setParameter(2, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        return em.find(QueryAttempt.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    private String addressKey() {
        return "ip:" + origin.getClientAddress();
    }

    private static String numberKey(String number) {
        return "no:" + number;
    }
}
