package org.govflow.deadline;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govflow.audit.AuditLog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * Moves running steps through {@code ON_TIME → WARNED → OVERDUE} once their warning or due instant has
 * passed. Every transition is one conditional update that only succeeds from the state before it, so a
 * scan that runs twice, after a restart or on two nodes at once changes each step exactly once and writes
 * exactly one audit entry for it. The deadline columns belong to this package; their rows are the
 * casework package's {@code case_step}.
 * <p>
 * A scan and an approver acting on the same step at once never overwrite each other: the approver's write
 * (through JPA, which writes only the columns it changed) never touches the deadline state of a running
 * step, and the scan's update states its whole condition, threshold included, so a database that makes it
 * wait for the approver's row lock re-checks it against what the approver committed (an extension that
 * moved the thresholds, a pass that ended the run) instead of warning on what it read before. The scan
 * deliberately leaves the step's version alone: bumping it would refuse, as a concurrent change, every
 * approver who opened a task in the minute its warning fell due (each one-day step is warned at once).
 */
@Stateless
public class DeadlineService {

    /** How many steps one scan moves per transition at most; the next scan, a minute later, goes on. */
    static final int BATCH = 500;

    static final String SUBJECT = "case_step";

    private static final Logger LOG = Logger.getLogger(DeadlineService.class.getName());

    private static final String RUNNING = "'RUNNING'";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    /**
     * Warns the running steps whose warning instant has passed and marks overdue those whose due instant
     * has passed. A step past both, after downtime, is warned first and then marked overdue, each once.
     *
     * @param now the instant to compare with
     * @return how many steps were warned and marked overdue by this scan
     */
    @PermitAll
    public ScanResult scan(Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        int warned = 0;
        int overdue = 0;

        for (Long id : candidates("deadline_state = 'ON_TIME' AND warn_at <= ?1", "warn_at", at)) {
            warned += warn(id, at);
        }
        for (Long id : candidates("deadline_state IN ('ON_TIME', 'WARNED') AND due_at <= ?1", "due_at", at)) {
            warned += warn(id, at);
            overdue += markOverdue(id, at);
        }

        return new ScanResult(warned, overdue);
    }

    private List<Long> candidates(String condition, String order, OffsetDateTime at) {
        List<?> ids = em.createNativeQuery("SELECT id FROM case_step WHERE " + condition
                        + " AND state = " + RUNNING + " ORDER BY " + order + ", id")
                .setParameter(1, at)
                .setMaxResults(BATCH)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private int warn(long stepId, OffsetDateTime at) {
        int changed = em.createNativeQuery("UPDATE case_step SET deadline_state = 'WARNED', warned_at = ?1"
                        + " WHERE id = ?2 AND deadline_state = 'ON_TIME' AND warn_at <= ?1 AND state = " + RUNNING)
                .setParameter(1, at)
                .setParameter(2, stepId)
                .executeUpdate();
        if (changed == 1) {
            String what = describe(stepId);
            audit.recordAs(AuditLog.SYSTEM, "STEP_WARNED", SUBJECT, stepId, what);
            LOG.info(() -> "Warned: " + what);
        }
        return changed;
    }

    private int markOverdue(long stepId, OffsetDateTime at) {
        int changed = em.createNativeQuery("UPDATE case_step SET deadline_state = 'OVERDUE', overdue_at = ?1"
                        + " WHERE id = ?2 AND deadline_state = 'WARNED' AND due_at <= ?1 AND state = " + RUNNING)
                .setParameter(1, at)
                .setParameter(2, stepId)
                .executeUpdate();
        if (changed == 1) {
            String what = describe(stepId);
            audit.recordAs(AuditLog.SYSTEM, "STEP_OVERDUE", SUBJECT, stepId, what);
            LOG.info(() -> "Overdue: " + what);
        }
        return changed;
    }

    /** Case number, step and due day, for the audit log and the server log (no personal data). */
    private String describe(long stepId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT c.acceptance_no, s.seq, s.due_date"
                        + " FROM case_step s JOIN approval_case c ON c.id = s.case_id WHERE s.id = ?1")
                .setParameter(1, stepId)
                .getSingleResult();
        return "case " + row[0] + " step " + row[1] + " due " + row[2];
    }

    /**
     * What one scan changed.
     *
     * @param warned steps moved to {@link DeadlineState#WARNED}
     * @param overdue steps moved to {@link DeadlineState#OVERDUE}
     */
    public record ScanResult(int warned, int overdue) {

        public boolean changedAnything() {
            return warned > 0 || overdue > 0;
        }
    }
}
