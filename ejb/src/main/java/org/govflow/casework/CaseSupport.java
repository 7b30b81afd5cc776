package org.govflow.casework;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import org.govflow.audit.AuditEntry;
import org.govflow.audit.AuditLog;
import org.govflow.calendar.CalendarService;
import org.govflow.calendar.CentreClock;
import org.govflow.platform.GovFlowException;
import org.govflow.platform.NotFoundException;
import org.govflow.platform.Settings;

import java.util.logging.Logger;

/**
 * What the case services share: the time of an action, loading a case or step at the version the user
 * saw, the audit entry every action writes, and turning a lost race into {@value #CONCURRENT_CHANGE}.
 */
@Dependent
class CaseSupport {

    /** The message key for "someone else changed this case meanwhile; reload". */
    static final String CONCURRENT_CHANGE = "case.concurrentChange";

    private static final Logger LOG = Logger.getLogger(CaseSupport.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private CalendarService calendars;

    @Inject
    private CentreClock clock;

    @Inject
    private Settings settings;

    /** The instant of the action now begun, with the current calendar. */
    Timekeeper timekeeper() {
        return new Timekeeper(calendars.calendar(), clock, settings.warnWorkingDays());
    }

    Case getCase(long caseId) {
        Case found = em.find(Case.class, caseId);
        if (found == null) {
            throw new NotFoundException("case.notFound", String.valueOf(caseId));
        }
        return found;
    }

    /** The case to change, refused if it is no longer at the version the user saw. */
    Case getCase(long caseId, long seenVersion) {
        Case found = getCase(caseId);
        if (found.getVersion() != seenVersion) {
            throw concurrentChange(found.displayNumber());
        }
        return found;
    }

    /** The step to act on, refused if it is no longer at the version the user saw. */
    CaseStep getStep(long stepId, long seenVersion) {
        CaseStep step = em.find(CaseStep.class, stepId);
        if (step == null) {
            throw new NotFoundException("case.step.notFound", String.valueOf(stepId));
        }
        if (step.getVersion() != seenVersion) {
            throw concurrentChange(step.getCaseFile().displayNumber());
        }
        return step;
    }

    /**
     * Begins an action on a case: writes its audit entry, and marks the case as acted on now, which changes
     * the case's row and so its version. Two actions on one case (two branches of a joint group passed at
     * the same moment, say) can therefore never both be written; the later one fails in {@link #flush}.
     *
     * @return who acts, from where, at the action's instant
     */
    Actor act(String action, Case caseFile, String detail, Timekeeper time) {
        AuditEntry entry = audit.record(action, Case.SUBJECT, caseFile.getId(), detail);
        caseFile.touch(time.now());
        return new Actor(entry.getActor(), entry.getClientAddress(), time.now());
    }

    /**
     * Writes the changes now, so that losing a race with another transaction on the same rows surfaces
     * here, at the service boundary, as {@value #CONCURRENT_CHANGE} rather than as a failed commit.
     */
    void flush(Case caseFile) {
        try {
            em.flush();
        } catch (OptimisticLockException | PessimisticLockException | LockTimeoutException e) {
            throw concurrentChange(caseFile.displayNumber());
        }
    }

    private static GovFlowException concurrentChange(String number) {
        LOG.fine(() -> "Concurrent change refused on case " + number);
        return new GovFlowException(CONCURRENT_CHANGE, number);
    }
}
