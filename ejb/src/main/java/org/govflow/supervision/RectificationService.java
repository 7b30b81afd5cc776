package org.govflow.supervision;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govflow.audit.AuditLog;
import org.govflow.calendar.CalendarService;
import org.govflow.calendar.CentreClock;
import org.govflow.platform.GovFlowException;
import org.govflow.platform.NotFoundException;
import org.govflow.query.CaseRated;
import org.govflow.query.CaseRating;
import org.govflow.staff.Roles;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * Opens a rectification item for the department of every case rated at the two lowest levels, due within
 * {@value #LIMIT_WORKING_DAYS} working days on the centre's calendar, and lets supervisors follow and close it
 * with the measures taken and the call back to the applicant.
 */
@Stateless
public class RectificationService {

    /** Working days a department has to put things right after a poor rating. */
    public static final int LIMIT_WORKING_DAYS = 5;

    private static final Logger LOG = Logger.getLogger(RectificationService.class.getName());
    private static final String SUBJECT = "rectification";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CalendarService calendars;

    @Inject
    private CentreClock clock;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext context;

    /** Opens an item in the rating's transaction when the rating is poor. */
    @PermitAll
    public void openFor(@Observes CaseRated event) {
        CaseRating rating = event.rating();
        if (!rating.isPoor()) {
            return;
        }
        LocalDate today = clock.dateOf(rating.getRatedAt().toInstant());
        LocalDate due = calendars.calendar().addWorkingDays(today, LIMIT_WORKING_DAYS).date();

        Rectification item = new Rectification(rating.getId(), rating.getCaseId(), event.acceptanceNumber(),
                rating.getDepartmentCode(), rating.getScore(), rating.getRatedAt(), LIMIT_WORKING_DAYS, due);
        em.persist(item);
        em.flush();
        audit.record("RECTIFICATION_OPENED", SUBJECT, item.getId(), event.acceptanceNumber() + " department "
                + rating.getDepartmentCode() + " due " + due);
        LOG.info(() -> "Rectification opened for case " + event.acceptanceNumber() + ", due " + due);
    }

    /** Open items, the soonest due first. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMINISTRATOR})
    public List<Rectification> listOpen() {
        return em.createNamedQuery("Rectification.findByState", Rectification.class)
                .setParameter("state", RectificationState.OPEN).getResultList();
    }

    /** The items opened for one case (at most one, as a case is rated once). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMINISTRATOR})
    public List<Rectification> listByCase(long caseId) {
        return em.createNamedQuery("Rectification.findByCase", Rectification.class).setParameter("caseId", caseId)
                .getResultList();
    }

    /** Closes an item once the department's measures are recorded and the applicant has been called back. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMINISTRATOR})
    public Rectification close(long id, long seenVersion, String measures, String callbackNote) {
        Rectification item = em.find(Rectification.class, id);
        if (item == null) {
            throw new NotFoundException("rectification.notFound", id);
        }
        if (item.getVersion() != seenVersion) {
            throw new GovFlowException("rectification.concurrentChange", item.getAcceptanceNumber());
        }

        item.close(measures, callbackNote, context.getCallerPrincipal().getName(),
                clock.now().atOffset(ZoneOffset.UTC));
        audit.record("RECTIFICATION_CLOSED", SUBJECT, id, item.getAcceptanceNumber());
        em.flush();
        LOG.info(() -> "Rectification " + id + " for case " + item.getAcceptanceNumber() + " closed");
        return item;
    }
}
