package org.govflow.query;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govflow.audit.AuditLog;
import org.govflow.calendar.CentreClock;
import org.govflow.calendar.Timeliness;
import org.govflow.casework.ActionType;
import org.govflow.casework.Case;
import org.govflow.casework.CaseService;
import org.govflow.casework.CaseState;
import org.govflow.casework.CaseStep;
import org.govflow.casework.StepAction;
import org.govflow.casework.StepState;
import org.govflow.casework.Suspension;
import org.govflow.catalog.CatalogService;
import org.govflow.catalog.Department;
import org.govflow.platform.GovFlowException;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The citizen's query of a case by acceptance number and query password, and the applicant's rating of a
 * closed case. Failed tries are counted per number and per client address in the database; past the limits of
 * {@link ThrottleRule} tries are refused before any password is hashed. A wrong number and a wrong password
 * look the same to the caller.
 */
@Stateless
@PermitAll
public class PublicQueryService {

    private static final Logger LOG = Logger.getLogger(PublicQueryService.class.getName());
    private static final int MAX_INPUT = 40;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CaseService cases;

    @Inject
    private CatalogService catalog;

    @Inject
    private CentreClock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<CaseRated> rated;

    @Inject
    private QueryThrottle throttle;

    /** The progress of a case, or NOT_FOUND for a wrong number or password, or LOCKED past the limits. */
    public QueryResult query(String number, String password) {
        Verification check = verify(number, password);
        if (check.found() == null) {
            return QueryResult.of(check.status());
        }
        return new QueryResult(QueryResult.Status.FOUND, progress(check.found()));
    }

    /**
     * Rates a closed case once, for whoever holds its number and password; a score of 2 or less opens a
     * rectification item for the case's department in the same transaction.
     *
     * @throws GovFlowException {@code query.locked}, {@code query.notFound}, {@code query.rating.notClosed}
     *     or {@code query.rating.already}
     */
    public CaseRating rate(String number, String password, int score, String comment) {
        Verification check = verify(number, password);
        if (check.found() == null) {
            throw new GovFlowException(check.status() == QueryResult.Status.LOCKED ? "query.locked"
                    : "query.notFound");
        }
        Case closed = check.found();
        if (score < CaseRating.MIN_SCORE || score > CaseRating.MAX_SCORE) {
            throw new GovFlowException("query.rating.scoreInvalid", CaseRating.MIN_SCORE, CaseRating.MAX_SCORE);
        }
        if (closed.getState() != CaseState.CLOSED) {
            throw new GovFlowException("query.rating.notClosed");
        }
        if (findRating(closed.getId()).isPresent()) {
            throw new GovFlowException("query.rating.already");
        }

        CaseRating rating = new CaseRating(closed.getId(), closed.getDepartmentCode(), score, comment,
                clock.now().atOffset(ZoneOffset.UTC));
        em.persist(rating);
        em.flush();
        audit.record("CASE_RATED", "case_rating", rating.getId(), closed.getAcceptanceNumber() + " score " + score);
        rated.fire(new CaseRated(rating, closed.getAcceptanceNumber()));

        LOG.info(() -> "Case " + closed.getAcceptanceNumber() + " rated " + score);
        return rating;
    }

    /** Checks the limits before any hashing, then the password; counts a failure in its own transaction. */
    private Verification verify(String number, String password) {
        String no = normalised(number);
        Instant now = clock.now();
        if (throttle.isLocked(no, now)) {
            LOG.fine("Public query refused: too many failed tries");
            return new Verification(QueryResult.Status.LOCKED, null);
        }

        Optional<Case> found = no == null || password == null || password.isBlank() || password.length() > MAX_INPUT
                ? Optional.empty() : cases.findByQueryPassword(no, password.strip().toCharArray());
        if (found.isEmpty()) {
            throttle.recordFailure(no, now);
            return new Verification(QueryResult.Status.NOT_FOUND, null);
        }
        return new Verification(QueryResult.Status.FOUND, found.get());
    }

    private static String normalised(String number) {
        if (number == null || number.isBlank() || number.strip().length() > MAX_INPUT) {
            return null;
        }
        return number.strip().toUpperCase(Locale.ROOT);
    }

    private Optional<CaseRating> findRating(long caseId) {
        return em.createNamedQuery("CaseRating.findByCase", CaseRating.class).setParameter("caseId", caseId)
                .getResultStream().findFirst();
    }

    private CaseProgress progress(Case found) {
        Optional<Department> department = catalog.findDepartment(found.getDepartmentCode());
        List<CaseProgress.Step> steps = found.getSteps().stream()
                .sorted(Comparator.comparingInt(CaseStep::getSeq))
                .map(PublicQueryService::step)
                .toList();
        List<CaseProgress.Pause> pauses = found.getSuspensions().stream()
                .map(PublicQueryService::pause)
                .toList();
        Timeliness completion = found.getIssuedAt() == null || found.getPromisedDueDate() == null ? null
                : Timeliness.classify(clock.dateOf(found.getIssuedAt().toInstant()), found.getPromisedDueDate());
        String place = department.map(d -> Stream.of(d.getName(), d.getWindows(), d.getAddress())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "))).orElse("");

        return new CaseProgress(found.getAcceptanceNumber(), found.getItemName(),
                department.map(Department::getName).orElse(found.getDepartmentCode()), found.getAcceptedAt(),
                found.getPromisedDueDate(), found.getLegalDueDate(), found.getState(), found.getDecision(), steps,
                pauses, completion, found.getWorkingDaysUsed(), found.getDocumentNumber(), found.getIssuedAt(),
                found.getCollectedOn(), place, findRating(found.getId()).map(CaseRating::getScore).orElse(null));
    }

    private static CaseProgress.Step step(CaseStep step) {
        Optional<StepAction> deciding = step.getActions().stream()
                .filter(a -> a.getType() == ActionType.PASS || a.getType() == ActionType.REJECT
                        || a.getType() == ActionType.ISSUE || a.getType() == ActionType.ACCEPT)
                .reduce((first, second) -> second);
        boolean current = step.getState() == StepState.RUNNING || step.getState() == StepState.SUSPENDED;
        String opinion = deciding.filter(a -> a.getType() == ActionType.PASS || a.getType() == ActionType.REJECT)
                .map(StepAction::getNote).orElse(null);
        return new CaseProgress.Step(step.getSeq(), step.getName(), step.getDepartmentName(), step.getPost(),
                step.getState(), step.getStartedAt(), step.getCompletedAt(),
                step.getDeadline() == null ? null : step.getDeadline().getDueDate(),
                deciding.map(StepAction::getType).orElse(null), opinion,
                deciding.map(StepAction::getTimeliness).orElse(null), current);
    }

    private static CaseProgress.Pause pause(Suspension suspension) {
        return new CaseProgress.Pause(suspension.getReason(), suspension.getStep().getName(),
                suspension.getStarted().getActedAt(),
                suspension.getEnded() == null ? null : suspension.getEnded().getActedAt(),
                suspension.getWorkingDays());
    }

    /** A verified case, or why there is none. */
    private record Verification(QueryResult.Status status, Case found) {
    }
}
