package org.govflow.casework;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govflow.catalog.CatalogService;
import org.govflow.catalog.ItemVersion;
import org.govflow.platform.GovFlowException;
import org.govflow.platform.Settings;
import org.govflow.staff.PasswordHasher;
import org.govflow.staff.Roles;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Owns cases at the window: acceptance (complete, pending correction, or declined for missing materials),
 * applications submitted by other systems and their check at the window, late materials, issuance, and the
 * reads around them. Every change writes its audit entry and is refused with {@code case.concurrentChange}
 * when the case changed since the clerk looked at it. Approval in the departments is {@link StepService}'s.
 */
@Stateless
public class CaseService {

    private static final Logger LOG = Logger.getLogger(CaseService.class.getName());

    private static final int NUMBER_ATTEMPTS = 5;
    private static final int QR_SIZE = 240;
    private static final int MAX_REFERENCE = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CaseSupport support;

    @Inject
    private CatalogService catalog;

    @Inject
    private Settings settings;

    @Inject
    private Event<CaseClosed> closedEvent;

    @Resource
    private SessionContext context;

    /**
     * Accepts an application at the window with every mandatory material received: snapshots the item's
     * published version, starts the clock today and issues an acceptance number and a query password.
     *
     * @param receivedMaterials the seq numbers of the item version's materials the window has
     * @throws GovFlowException {@code case.materials.missing} naming what is missing
     */
    @RolesAllowed(Roles.WINDOW_CLERK)
    public Acceptance accept(String itemCode, Applicant applicant, Set<Integer> receivedMaterials) {
        return acceptAtWindow(itemCode, applicant, receivedMaterials, false);
    }

    /**
     * Accepts an application at the window although mandatory materials are missing (补正): the applicant is
     * told what is missing now, and the clock stands still until {@link #recordMaterialsArrived} has them all.
     */
    @RolesAllowed(Roles.WINDOW_CLERK)
    public Acceptance acceptPendingCorrection(String itemCode, Applicant applicant, Set<Integer> receivedMaterials) {
        return acceptAtWindow(itemCode, applicant, receivedMaterials, true);
    }

    /**
     * Declines an application at the window for missing mandatory materials; the case is kept as declined
     * with its list of missing materials for the one-time notice ({@link #listMissingMaterials}).
     */
    @RolesAllowed(Roles.WINDOW_CLERK)
    public Case decline(String itemCode, Applicant applicant, Set<Integer> receivedMaterials) {
        Timekeeper time = support.timekeeper();
        Case received = receiveAtWindow(catalog.getPublishedVersion(itemCode), applicant, receivedMaterials, time);

        return decline(received, time);
    }

    /**
     * Stores an application sent by another government system; it waits in the window's queue until a
     * clerk checks its materials and accepts or declines it. Receipt is now, which starts the 5 working days
     * within which the applicant must be told of missing materials.
     *
     * @return the tracking reference to quote when asking about it
     */
    @RolesAllowed(Roles.INTEROP_CLIENT)
    public String submitApplication(String itemCode, Applicant applicant, String submittingSystem,
                                    String externalReference) {
        if (applicant == null) {
            throw new GovFlowException("case.applicant.required");
        }
        String system = limited(submittingSystem, "case.submission.systemRequired");
        String reference = limited(externalReference, "case.submission.referenceRequired");
        ItemVersion version = catalog.getPublishedVersion(itemCode);
        Timekeeper time = support.timekeeper();

        Case submitted = new Case(version.getItem().getCode(), version.getName(),
                version.getItem().getDepartment().getCode(), applicant, time.now(), system);
        String tracking = newNumber(() -> CaseNumbers.trackingReference(time.today()),
                "Case.countByTrackingReference", "reference");
        submitted.submittedBy(system, reference, tracking);
        em.persist(submitted);

        support.act("CASE_SUBMITTED", submitted, tracking + " item " + itemCode + " from " + system, time);
        support.flush(submitted);
        LOG.info(() -> "Case " + tracking + " submitted by " + system + " for item " + itemCode);
        return tracking;
    }

    /**
     * Accepts an application from the queue after checking its materials against the item's current
     * published version, pending correction if mandatory ones are missing.
     */
    @RolesAllowed(Roles.WINDOW_CLERK)
    public Acceptance acceptSubmitted(long caseId, long caseVersion, Set<Integer> receivedMaterials,
                                      boolean pendingCorrection) {
        Case submitted = support.getCase(caseId, caseVersion);
        ItemVersion version = catalog.getPublishedVersion(submitted.getItemCode());
        Timekeeper time = support.timekeeper();
        submitted.checkMaterials(version, receivedMaterials);
        requireMaterials(submitted, pendingCorrection);

        return accept(submitted, version, time, pendingCorrection);
    }

    /** Declines an application from the queue for missing mandatory materials. */
    @RolesAllowed(Roles.WINDOW_CLERK)
    public Case declineSubmitted(long caseId, long caseVersion, Set<Integer> receivedMaterials) {
        Case submitted = support.getCase(caseId, caseVersion);
        ItemVersion version = catalog.getPublishedVersion(submitted.getItemCode());
        Timekeeper time = support.timekeeper();
        submitted.checkMaterials(version, receivedMaterials);

        return decline(submitted, time);
    }

    /**
     * Records that missing materials of a case pending correction arrived; once every mandatory one is in,
     * the clock resumes and the first department step starts.
     */
    @RolesAllowed(Roles.WINDOW_CLERK)
    public Case recordMaterialsArrived(long caseId, long caseVersion, Set<Integer> materialSeqs) {
        Case pending = support.getCase(caseId, caseVersion);
        Timekeeper time = support.timekeeper();
        if (materialSeqs.isEmpty()) {
            throw new GovFlowException("case.materials.noneChosen");
        }

        String names = pending.getMaterials().stream()
                .filter(m -> materialSeqs.contains(m.getSeq()))
                .map(CaseMaterial::getName)
                .collect(Collectors.joining("、"));
        Actor clerk = support.act("CASE_MATERIALS_ARRIVED", pending, pending.displayNumber() + ": " + names, time);
        pending.receiveMaterials(materialSeqs, time, clerk);
        support.flush(pending);
        LOG.info(() -> "Case " + pending.displayNumber() + ": materials arrived, now " + pending.getState());
        return pending;
    }

    /**
     * Issues the decision (or refusal) of a case waiting at the window and closes it, fixing the working
     * days it used against its limits; observers of {@link CaseClosed} write in the same transaction.
     */
    @RolesAllowed(Roles.WINDOW_CLERK)
    public Case issue(long caseId, long caseVersion, Issuance issuance) {
        Case toIssue = support.getCase(caseId, caseVersion);
        Timekeeper time = support.timekeeper();

        Actor clerk = support.act("CASE_ISSUED", toIssue, toIssue.displayNumber() + " document "
                + issuance.documentNumber() + " fee " + issuance.feeAmount(), time);
        toIssue.issue(issuance, time, clerk);
        support.flush(toIssue);
        closedEvent.fire(new CaseClosed(toIssue));
        LOG.info(() -> "Case " + toIssue.displayNumber() + " issued and closed after "
                + toIssue.getWorkingDaysUsed() + " working day(s)");
        return toIssue;
    }

    /** Applications submitted by other systems that wait to be checked, oldest first. */
    @RolesAllowed(Roles.WINDOW_CLERK)
    public List<Case> listQueue() {
        return listByState(CaseState.SUBMITTED);
    }

    /** Cases accepted pending correction, oldest first, with their materials. */
    @RolesAllowed(Roles.WINDOW_CLERK)
    public List<Case> listPendingCorrection() {
        List<Case> cases = listByState(CaseState.CORRECTION);
        cases.forEach(c -> c.getMaterials().size());
        return cases;
    }

    /** Cases whose departments are done and whose decision waits to be issued, oldest first. */
    @RolesAllowed(Roles.WINDOW_CLERK)
    public List<Case> listToIssue() {
        return listByState(CaseState.TO_ISSUE);
    }

    /** A case with its steps, materials, suspensions and extensions. */
    @RolesAllowed({Roles.WINDOW_CLERK, Roles.APPROVER, Roles.DEPARTMENT_HEAD, Roles.SUPERVISOR,
        Roles.ADMINISTRATOR})
    public Case getCase(long caseId) {
        return loaded(support.getCase(caseId));
    }

    @RolesAllowed({Roles.WINDOW_CLERK, Roles.APPROVER, Roles.DEPARTMENT_HEAD, Roles.SUPERVISOR,
        Roles.ADMINISTRATOR})
    public Optional<Case> findByAcceptanceNumber(String number) {
        return em.createNamedQuery("Case.findByAcceptanceNumber", Case.class)
                .setParameter("number", number.strip().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .map(CaseService::loaded);
    }

    /**
     * A case by its acceptance number or, for an application submitted by another system, its tracking
     * reference, with its steps and each step's actions: what other systems follow a case by.
     */
    @RolesAllowed({Roles.WINDOW_CLERK, Roles.APPROVER, Roles.DEPARTMENT_HEAD, Roles.SUPERVISOR,
        Roles.ADMINISTRATOR, Roles.INTEROP_CLIENT})
    public Optional<Case> findByNumber(String number) {
        String clean = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        boolean tracking = CaseNumbers.TRACKING_REFERENCE.matcher(clean).matches();
        return em.createNamedQuery(tracking ? "Case.findByTrackingReference" : "Case.findByAcceptanceNumber",
                        Case.class)
                .setParameter(tracking ? "reference" : "number", clean)
                .getResultStream()
                .findFirst()
                .map(CaseService::loaded)
                .map(CaseService::withActions);
    }

    /**
     * The public query's read: the accepted case with this number, with its steps, actions and suspensions,
     * only when the query password matches. Callers throttle failed tries before calling (bcrypt is slow).
     */
    @PermitAll
    public Optional<Case> findByQueryPassword(String number, char[] password) {
        if (number == null || number.isBlank() || password == null || password.length == 0) {
            return Optional.empty();
        }
        return em.createNamedQuery("Case.findByAcceptanceNumber", Case.class)
                .setParameter("number", number.strip().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .filter(found -> found.queryPasswordMatches(password))
                .map(CaseService::loaded)
                .map(CaseService::withActions);
    }

    /** Every action on the steps of a case, in the order they were taken. */
    @RolesAllowed({Roles.WINDOW_CLERK, Roles.APPROVER, Roles.DEPARTMENT_HEAD, Roles.SUPERVISOR,
        Roles.ADMINISTRATOR})
    public List<StepAction> listActions(long caseId) {
        return em.createNamedQuery("StepAction.findByCase", StepAction.class)
                .setParameter("caseFile", support.getCase(caseId))
                .getResultList();
    }

    /** The mandatory materials a case lacks: what the one-time notice (一次性告知书) lists. */
    @RolesAllowed({Roles.WINDOW_CLERK, Roles.SUPERVISOR, Roles.ADMINISTRATOR})
    public List<CaseMaterial> listMissingMaterials(long caseId) {
        return support.getCase(caseId).missingMaterials();
    }

    /** The data of an accepted case's receipt, without the query password (shown once, at acceptance). */
    @RolesAllowed(Roles.WINDOW_CLERK)
    public Receipt getReceipt(long caseId) {
        Case accepted = support.getCase(caseId);
        if (accepted.getAcceptanceNumber() == null) {
            throw new GovFlowException("case.state.wrong", accepted.displayNumber(), accepted.getState().name());
        }
        return receipt(accepted);
    }

    /** A PNG QR code of an accepted case's public query address. */
    @RolesAllowed(Roles.WINDOW_CLERK)
    public byte[] queryQrCode(long caseId) {
        return QrCodes.png(getReceipt(caseId).queryUrl(), QR_SIZE);
    }

    private Acceptance acceptAtWindow(String itemCode, Applicant applicant, Set<Integer> receivedMaterials,
                                      boolean pendingCorrection) {
        ItemVersion version = catalog.getPublishedVersion(itemCode);
        Timekeeper time = support.timekeeper();
        Case received = receiveAtWindow(version, applicant, receivedMaterials, time);
        requireMaterials(received, pendingCorrection);

        return accept(received, version, time, pendingCorrection);
    }

    /** Stores an application handed in at the window now, with the materials the clerk ticked. */
    private Case receiveAtWindow(ItemVersion version, Applicant applicant, Set<Integer> receivedMaterials,
                                 Timekeeper time) {
        if (applicant == null) {
            throw new GovFlowException("case.applicant.required");
        }
        Case received = new Case(version.getItem().getCode(), version.getName(),
                version.getItem().getDepartment().getCode(), applicant, time.now(),
                context.getCallerPrincipal().getName());
        received.checkMaterials(version, receivedMaterials);
        em.persist(received);
        return received;
    }

    private Acceptance accept(Case received, ItemVersion version, Timekeeper time, boolean pendingCorrection) {
        String number = newNumber(() -> CaseNumbers.acceptanceNumber(time.today()), "Case.countByAcceptanceNumber",
                "number");
        String password = CaseNumbers.queryPassword();

        Actor clerk = support.act(pendingCorrection ? "CASE_ACCEPTED_PENDING_CORRECTION" : "CASE_ACCEPTED",
                received, number + " item " + received.getItemCode() + " version " + version.getRevision(), time);
        received.accept(version, time, clerk, number, PasswordHasher.hash(password.toCharArray()));
        support.flush(received);

        LOG.info(() -> "Case " + number + " accepted for item " + received.getItemCode()
                + (pendingCorrection ? ", pending correction" : ""));
        return new Acceptance(receipt(received), password);
    }

    private Case decline(Case received, Timekeeper time) {
        String missing = received.missingMaterials().stream().map(CaseMaterial::getName)
                .collect(Collectors.joining("、"));
        Actor clerk = support.act("CASE_DECLINED", received, received.displayNumber() + " item "
                + received.getItemCode() + " missing: " + missing, time);
        received.decline(time, clerk);
        support.flush(received);

        LOG.info(() -> "Case " + received.displayNumber() + " declined for missing materials");
        return received;
    }

    private Receipt receipt(Case accepted) {
        return new Receipt(accepted.getId(), accepted.getAcceptanceNumber(), accepted.getItemCode(),
                accepted.getItemName(), accepted.getApplicant().getName(), accepted.getAcceptedAt(),
                accepted.getPromisedDueDate(), accepted.getLegalDueDate(),
                settings.publicBaseUrl() + "/query.xhtml?no=" + accepted.getAcceptanceNumber(),
                accepted.getCalendarMissingYears(), accepted.getState() == CaseState.CORRECTION,
                accepted.missingMaterials().stream().map(CaseMaterial::getName).toList());
    }

    /** A fresh random number; a clash with an existing one (about one in a billion a day) draws again. */
    private String newNumber(Supplier<String> draw, String countQuery, String parameter) {
        for (int attempt = 0; attempt < NUMBER_ATTEMPTS; attempt++) {
            String number = draw.get();
            long taken = em.createNamedQuery(countQuery, Long.class).setParameter(parameter, number)
                    .getSingleResult();
            if (taken == 0) {
                return number;
            }
        }
        throw new IllegalStateException("no free number after " + NUMBER_ATTEMPTS + " attempts");
    }

    private List<Case> listByState(CaseState state) {
        return em.createNamedQuery("Case.findByState", Case.class).setParameter("state", state).getResultList();
    }

    private static Case loaded(Case found) {
        found.getSteps().size();
        found.getMaterials().size();
        found.getSuspensions().size();
        found.getExtensions().size();
        return found;
    }

    private static Case withActions(Case found) {
        found.getSteps().forEach(step -> step.getActions().size());
        return found;
    }

    /** A complete application is accepted outright; pending correction is for an incomplete one only. */
    private static void requireMaterials(Case received, boolean pendingCorrection) {
        List<CaseMaterial> missing = received.missingMaterials();
        if (pendingCorrection && missing.isEmpty()) {
            throw new GovFlowException("case.correction.nothingMissing");
        }
        if (!pendingCorrection && !missing.isEmpty()) {
            throw new GovFlowException("case.materials.missing",
                    missing.stream().map(CaseMaterial::getName).collect(Collectors.joining("、")));
        }
    }

    private static String limited(String value, String key) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty() || clean.length() > MAX_REFERENCE) {
            throw new GovFlowException(key, MAX_REFERENCE);
        }
        return clean;
    }
}
