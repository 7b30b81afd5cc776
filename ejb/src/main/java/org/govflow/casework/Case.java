package org.govflow.casework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.govflow.calendar.Deadline;
import org.govflow.calendar.Timeliness;
import org.govflow.catalog.FlowStep;
import org.govflow.catalog.ItemVersion;
import org.govflow.catalog.Material;
import org.govflow.catalog.StepKind;
import org.govflow.platform.GovFlowException;
import org.govflow.staff.PasswordHasher;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * An application and its handling (办件), from receipt to issuance. On acceptance it takes a snapshot of the
 * item's published flow and materials, so later catalogue changes never alter it. Its clock counts working
 * days against the promised and legal limits and stands still while the case is pending correction,
 * suspended, or in a step the law excludes; the still days are kept apart so the days used are net of them.
 * Steps in one parallel group run at once and the case moves on when all have passed. Two people changing it
 * at once are kept apart by its version. (The entity is named ApprovalCase because CASE is a JPQL keyword.)
 */
@Entity(name = "ApprovalCase")
@Table(name = "approval_case")
@NamedQuery(name = "Case.findByAcceptanceNumber",
        query = "SELECT c FROM ApprovalCase c WHERE c.acceptanceNumber = :number")
@NamedQuery(name = "Case.countByAcceptanceNumber",
        query = "SELECT COUNT(c) FROM ApprovalCase c WHERE c.acceptanceNumber = :number")
@NamedQuery(name = "Case.findByTrackingReference",
        query = "SELECT c FROM ApprovalCase c WHERE c.trackingReference = :reference")
@NamedQuery(name = "Case.countByTrackingReference",
        query = "SELECT COUNT(c) FROM ApprovalCase c WHERE c.trackingReference = :reference")
@NamedQuery(name = "Case.findByStatesAndMissingYears",
        query = "SELECT c FROM ApprovalCase c WHERE c.state IN :states AND c.calendarMissingYears LIKE :years"
                + " ORDER BY c.id")
@NamedQuery(name = "Case.findByState",
        query = "SELECT c FROM ApprovalCase c WHERE c.state = :state ORDER BY c.receivedAt, c.id")
public class Case implements Serializable {

    /** Working days within which an applicant must be told of missing materials, or the law deems it accepted. */
    public static final int CORRECTION_NOTICE_DAYS = 5;

    static final String SUBJECT = "case";

    @Id
    @SequenceGenerator(name = "approval_case_seq", sequenceName = "approval_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_case_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "acceptance_no", length = 20)
    private String acceptanceNumber;

    @Column(name = "tracking_ref", length = 20)
    private String trackingReference;

    @Column(name = "query_password_hash", length = 100)
    private String queryPasswordHash;

    @Column(name = "item_code", nullable = false, length = 30)
    private String itemCode;

    @Column(name = "item_name", nullable = false, length = 200)
    private String itemName;

    @Column(name = "item_version_id")
    private Long itemVersionId;

    @Column(name = "department_code", nullable = false, length = 20)
    private String departmentCode;

    @Column(nullable = false)
    private boolean chargeable;

    @Embedded
    private Applicant applicant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseState state = CaseState.SUBMITTED;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Decision decision;

    @Column(name = "submitting_system", length = 100)
    private String submittingSystem;

    @Column(name = "external_reference", length = 100)
    private String externalReference;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "received_by", nullable = false, length = 60)
    private String receivedBy;

    @Column(name = "correction_notice_at")
    private OffsetDateTime correctionNoticeAt;

    @Column(name = "correction_notice_late", nullable = false)
    private boolean correctionNoticeLate;

    @Column(name = "accepted_at")
    private OffsetDateTime acceptedAt;

    @Column(name = "accepted_by", length = 60)
    private String acceptedBy;

    @Column(name = "declined_at")
    private OffsetDateTime declinedAt;

    @Column(name = "declined_by", length = 60)
    private String declinedBy;

    @Column(name = "promised_days")
    private Integer promisedDays;

    @Column(name = "legal_days")
    private Integer legalDays;

    @Column(name = "extension_days", nullable = false)
    private int extensionDays;

    @Column(name = "extension_cap", nullable = false)
    private int extensionCap;

    @Column(name = "promised_due_date")
    private LocalDate promisedDueDate;

    @Column(name = "legal_due_date")
    private LocalDate legalDueDate;

    @Column(name = "calendar_missing_years", length = 60)
    private String calendarMissingYears;

    @Column(name = "clock_started_on")
    private LocalDate clockStartedOn;

    @Column(name = "clock_days_used", nullable = false)
    private int clockDaysUsed;

    @Column(name = "paused_on")
    private LocalDate pausedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "pause_reason", length = 20)
    private PauseReason pauseReason;

    @Column(name = "suspended_working_days", nullable = false)
    private int suspendedWorkingDays;

    @Column(name = "excluded_working_days", nullable = false)
    private int excludedWorkingDays;

    @Column(name = "document_no", length = 60)
    private String documentNumber;

    @Column(name = "fee_amount", precision = 12, scale = 2)
    private BigDecimal feeAmount;

    @Column(name = "fee_receipt_no", length = 60)
    private String feeReceiptNumber;

    @Column(name = "collected_on")
    private LocalDate collectedOn;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    @Column(name = "issued_by", length = 60)
    private String issuedBy;

    @Column(name = "elapsed_working_days")
    private Integer elapsedWorkingDays;

    @Column(name = "working_days_used")
    private Integer workingDaysUsed;

    @Column(name = "last_action_at")
    private OffsetDateTime lastActionAt;

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("seq")
    private List<CaseStep> steps = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("seq")
    private List<CaseMaterial> materials = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Suspension> suspensions = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Extension> extensions = new ArrayList<>();

    protected Case() {
        // for JPA
    }

    /** An application received (at the window or from another system), not yet checked. */
    Case(String itemCode, String itemName, String departmentCode, Applicant applicant, Instant receivedAt,
         String receivedBy) {
        this.itemCode = Objects.requireNonNull(itemCode, "itemCode");
        this.itemName = Objects.requireNonNull(itemName, "itemName");
        this.departmentCode = Objects.requireNonNull(departmentCode, "departmentCode");
        this.applicant = Objects.requireNonNull(applicant, "applicant");
        this.receivedAt = receivedAt.atOffset(ZoneOffset.UTC);
        this.receivedBy = Objects.requireNonNull(receivedBy, "receivedBy");
    }

    /** Notes that someone acted on the case; every action thereby changes the case's row and version. */
    void touch(Instant at) {
        lastActionAt = at.atOffset(ZoneOffset.UTC);
    }

    void submittedBy(String system, String reference, String tracking) {
        this.submittingSystem = system;
        this.externalReference = reference;
        this.trackingReference = tracking;
    }

    /** Copies the materials of the version being applied under, with what the window has received. */
    void checkMaterials(ItemVersion version, Set<Integer> receivedSeqs) {
        requireState(CaseState.SUBMITTED);
        Set<Integer> known = new HashSet<>();
        materials.clear();
        for (Material material : version.getMaterials()) {
            known.add(material.getSeq());
            materials.add(new CaseMaterial(this, material.getSeq(), material.getName(), material.isMandatory(),
                    receivedSeqs.contains(material.getSeq())));
        }
        if (!known.containsAll(receivedSeqs)) {
            String unknown = receivedSeqs.stream().filter(seq -> !known.contains(seq)).map(String::valueOf)
                    .sorted().collect(Collectors.joining(", "));
            String listed = known.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
            throw new GovFlowException("case.materials.unknown", unknown, listed);
        }
        itemVersionId = version.getId();
        itemName = version.getName();
    }

    /**
     * Accepts the application under the version whose materials were checked: copies its flow, starts the
     * clock today, completes the intake step and starts the first department step, or, when mandatory
     * materials are missing, records the correction notice and keeps the clock still until they arrive.
     *
     * @return the acceptance action on the intake step
     */
    StepAction accept(ItemVersion version, Timekeeper time, Actor clerk, String number, String passwordHash) {
        requireState(CaseState.SUBMITTED);
        if (!version.getId().equals(itemVersionId)) {
            throw new IllegalStateException("materials checked under version " + itemVersionId);
        }
        for (FlowStep flowStep : version.getSteps()) {
            steps.add(new CaseStep(this, flowStep));
        }
        promisedDays = version.getPromisedDays();
        legalDays = version.getLegalDays();
        chargeable = !version.isFree();
        extensionCap = ExtensionRule.capFor(version.findExtensionCap(), steps.stream().anyMatch(CaseStep::isParallel));
        acceptanceNumber = Objects.requireNonNull(number, "number");
        queryPasswordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        acceptedAt = clerk.at().atOffset(ZoneOffset.UTC);
        acceptedBy = clerk.username();

        CaseStep intake = intakeStep();
        intake.start(time, time.dateOf(receivedAt.toInstant()), receivedAt.toInstant());
        Timeliness timeliness = intake.timeliness(time);
        intake.complete(time);
        StepAction action = intake.record(ActionType.ACCEPT, clerk, timeliness, null);
        clockStartedOn = time.today();
        scheduleClock(time);

        if (missingMaterials().isEmpty()) {
            startStage(stageAfter(intake), time);
        } else {
            state = CaseState.CORRECTION;
            recordCorrectionNotice(time);
            suspensions.add(new Suspension(this, intake, SuspensionReason.CORRECTION, action));
        }
        syncClock(time);
        return action;
    }

    /** Declines the application for missing materials; the applicant gets the one-time notice now. */
    void decline(Timekeeper time, Actor clerk) {
        requireState(CaseState.SUBMITTED);
        if (missingMaterials().isEmpty()) {
            throw new GovFlowException("case.decline.nothingMissing");
        }
        state = CaseState.DECLINED;
        declinedAt = clerk.at().atOffset(ZoneOffset.UTC);
        declinedBy = clerk.username();
        recordCorrectionNotice(time);
    }

    /**
     * Records materials that arrived after a correction notice; once every mandatory one is in, the
     * correction ends, the clock runs again and the first department step starts.
     */
    StepAction receiveMaterials(Set<Integer> seqs, Timekeeper time, Actor clerk) {
        requireState(CaseState.CORRECTION);
        for (Integer seq : seqs) {
            CaseMaterial material = materials.stream().filter(m -> m.getSeq() == seq).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no material " + seq));
            if (!material.isReceived()) {
                material.arrive(time.now());
            }
        }

        CaseStep intake = intakeStep();
        StepAction action = intake.record(ActionType.MATERIALS_RECEIVED, clerk, null, null);
        if (missingMaterials().isEmpty()) {
            openSuspension().ifPresent(open -> open.end(action, stillDays(open, time)));
            startStage(stageAfter(intake), time);
            syncClock(time);
        }
        return action;
    }

    /** Passes a running department step; when its whole stage has passed, the next stage starts. */
    StepAction pass(CaseStep step, String opinion, Timekeeper time, Actor actor) {
        requireRunning(step);
        Timeliness timeliness = step.timeliness(time);
        step.complete(time);
        StepAction action = step.record(ActionType.PASS, actor, timeliness, opinion);
        if (step.getKind() == StepKind.DECISION) {
            decision = Decision.APPROVED;
        }

        if (stageOf(step).stream().allMatch(s -> s.getState() == StepState.DONE)) {
            startStage(stageAfter(step), time);
        }
        syncClock(time);
        return action;
    }

    /**
     * Refuses the application at a running step: every other open step is cancelled and the refusal goes
     * to the window to be served.
     */
    StepAction reject(CaseStep step, String reason, Timekeeper time, Actor actor) {
        requireRunning(step);
        Timeliness timeliness = step.timeliness(time);
        step.complete(time);
        StepAction action = step.record(ActionType.REJECT, actor, timeliness, reason);
        decision = Decision.REFUSED;

        CaseStep issuing = issuingStep();
        steps.stream()
                .filter(s -> s != issuing && s.getState() != StepState.DONE)
                .forEach(CaseStep::cancel);
        startStage(List.of(issuing), time);
        syncClock(time);
        return action;
    }

    /**
     * Sends a running step back to an earlier department step: that step (its whole parallel group) runs
     * again from a fresh limit, and every step after it up to this one will run again too.
     */
    StepAction returnTo(CaseStep step, int targetSeq, String reason, Timekeeper time, Actor actor) {
        requireRunning(step);
        List<CaseStep> current = stageOf(step);
        CaseStep target = steps.stream().filter(s -> s.getSeq() == targetSeq).findFirst()
                .filter(s -> !s.isWindowStep() && s.getSeq() < current.get(0).getSeq())
                .orElseThrow(() -> new GovFlowException("case.return.targetInvalid", targetSeq));
        List<CaseStep> again = stageOf(target);

        StepAction action = step.record(ActionType.RETURN, actor, step.timeliness(time), reason)
                .withTargetSeq(targetSeq);
        int from = again.get(0).getSeq();
        int to = current.get(current.size() - 1).getSeq();
        steps.stream().filter(s -> s.getSeq() >= from && s.getSeq() <= to).forEach(CaseStep::reset);
        startStage(again, time);
        syncClock(time);
        return action;
    }

    /** Suspends the case at a running step: the clocks of the case and of every running step stop. */
    StepAction suspend(CaseStep step, SuspensionReason reason, String note, Timekeeper time, Actor actor) {
        requireRunning(step);
        StepAction action = step.record(ActionType.SUSPEND, actor, step.timeliness(time), note)
                .withSuspensionReason(reason);
        steps.stream().filter(s -> s.getState() == StepState.RUNNING).forEach(s -> s.suspend(time));
        suspensions.add(new Suspension(this, step, reason, action));
        state = CaseState.SUSPENDED;
        syncClock(time);
        return action;
    }

    /**
     * Resumes a suspended case from the step that suspended it: every suspended step runs again with the
     * working days it had left, and the case's due dates move by the working days it stood still.
     */
    StepAction resume(CaseStep step, String note, Timekeeper time, Actor actor) {
        requireState(CaseState.SUSPENDED);
        Suspension open = openSuspension().filter(s -> s.getStep() == step)
                .orElseThrow(() -> new GovFlowException("case.resume.notThisStep", step.getSeq()));

        steps.stream().filter(s -> s.getState() == StepState.SUSPENDED).forEach(s -> s.resume(time));
        state = CaseState.IN_PROGRESS;
        StepAction action = step.record(ActionType.RESUME, actor, step.timeliness(time), note);
        open.end(action, stillDays(open, time));
        syncClock(time);
        return action;
    }

    /**
     * Extends the case's limits, and the running step's, by some working days within the legal cap; the
     * new due dates are kept for the applicant to see.
     */
    Extension extend(CaseStep step, int days, String reason, Timekeeper time, Actor head) {
        requireRunning(step);
        ExtensionRule.check(extensionDays, days, extensionCap);
        StepAction action = step.record(ActionType.EXTEND, head, step.timeliness(time), reason).withDays(days);

        extensionDays += days;
        if (clockStartedOn != null) {
            scheduleClock(time);
        } else {
            // the clock stands still: move the dates now; resuming recounts them from the same totals
            promisedDueDate = time.dueFrom(promisedDueDate, days).date();
            legalDueDate = time.dueFrom(legalDueDate, days).date();
        }
        step.extend(days, time);
        Extension extension = new Extension(this, action, days, promisedDueDate, legalDueDate,
                step.getDeadline().getDueDate());
        extensions.add(extension);
        noteMissingYears();
        return extension;
    }

    /**
     * Counts the due dates again on a calendar that now has a year they were counted without (on weekends
     * alone): the case's promised and legal dates from where its clock last started or stopped, with the
     * working days it has left, and the warning and due instants of its running steps; the flag of that year
     * goes, and any year still missing stays flagged.
     */
    void recount(int loadedYear, Timekeeper time) {
        LocalDate from = clockStartedOn != null ? clockStartedOn : pausedOn;
        if (from != null) {
            calendarMissingYears = null;
            countDueDates(from, time);
        } else {
            calendarMissingYears = MissingYears.without(calendarMissingYears, loadedYear);
        }
        steps.forEach(step -> step.recount(loadedYear, time));
        noteMissingYears();
    }

    /**
     * Issues the decision at the window and closes the case; the working days used are fixed now, net of
     * the days the clock stood still.
     */
    StepAction issue(Issuance issuance, Timekeeper time, Actor clerk) {
        requireState(CaseState.TO_ISSUE);
        issuance.check(chargeable, time.dateOf(acceptedAt.toInstant()), time.today());
        CaseStep issuing = issuingStep();
        Timeliness timeliness = issuing.timeliness(time);
        issuing.complete(time);
        StepAction action = issuing.record(ActionType.ISSUE, clerk, timeliness, null);

        documentNumber = issuance.documentNumber();
        feeAmount = issuance.feeAmount();
        feeReceiptNumber = issuance.feeReceiptNumber();
        collectedOn = issuance.collectedOn();
        issuedAt = clerk.at().atOffset(ZoneOffset.UTC);
        issuedBy = clerk.username();
        state = CaseState.CLOSED;
        stopClock(time);
        return action;
    }

    private void startStage(List<CaseStep> stage, Timekeeper time) {
        stage.forEach(s -> s.start(time, time.today(), time.now()));
        state = stage.stream().anyMatch(s -> s.getKind() == StepKind.ISSUE) ? CaseState.TO_ISSUE
                : CaseState.IN_PROGRESS;
        noteMissingYears();
    }

    /** Stops or restarts the case clock so it runs exactly when nothing the law excludes is going on. */
    private void syncClock(Timekeeper time) {
        PauseReason hold = holdReason();
        if (hold != null && clockStartedOn != null) {
            clockDaysUsed += time.workingDaysBetween(clockStartedOn, time.today());
            clockStartedOn = null;
            pausedOn = time.today();
            pauseReason = hold;
        } else if (hold == null && clockStartedOn == null && pausedOn != null) {
            addStillDays(time);
            clockStartedOn = time.today();
            scheduleClock(time);
        }
        noteMissingYears();
    }

    private PauseReason holdReason() {
        if (state == CaseState.CORRECTION) {
            return PauseReason.CORRECTION;
        }
        if (state == CaseState.SUSPENDED) {
            return PauseReason.SUSPENSION;
        }
        List<CaseStep> running = steps.stream().filter(s -> s.getState() == StepState.RUNNING).toList();
        return !running.isEmpty() && running.stream().allMatch(CaseStep::isExcluded) ? PauseReason.EXCLUDED_STEP
                : null;
    }

    private void addStillDays(Timekeeper time) {
        int still = time.workingDaysBetween(pausedOn, time.today());
        if (pauseReason == PauseReason.EXCLUDED_STEP) {
            excludedWorkingDays += still;
        } else {
            suspendedWorkingDays += still;
        }
        pausedOn = null;
        pauseReason = null;
    }

    /** Counts the promised and legal due dates from the running clock with the days it has left. */
    private void scheduleClock(Timekeeper time) {
        countDueDates(clockStartedOn, time);
    }

    /** The due dates {@code from} a day on which the clock had used {@link #clockDaysUsed} working days. */
    private void countDueDates(LocalDate from, Timekeeper time) {
        Deadline promised = time.dueFrom(from, promisedDays + extensionDays - clockDaysUsed);
        Deadline legal = time.dueFrom(from, legalDays + extensionDays - clockDaysUsed);
        promisedDueDate = promised.date();
        legalDueDate = legal.date();
        calendarMissingYears = MissingYears.union(calendarMissingYears, promised.missingYears());
        calendarMissingYears = MissingYears.union(calendarMissingYears, legal.missingYears());
    }

    private void stopClock(Timekeeper time) {
        if (clockStartedOn != null) {
            clockDaysUsed += time.workingDaysBetween(clockStartedOn, time.today());
            clockStartedOn = null;
        } else if (pausedOn != null) {
            addStillDays(time);
        }
        elapsedWorkingDays = time.workingDaysBetween(time.dateOf(acceptedAt.toInstant()), time.today());
        workingDaysUsed = clockDaysUsed;
    }

    private void noteMissingYears() {
        for (CaseStep step : steps) {
            calendarMissingYears = MissingYears.union(calendarMissingYears, step.getCalendarMissingYears());
        }
    }

    private void recordCorrectionNotice(Timekeeper time) {
        correctionNoticeAt = time.now().atOffset(ZoneOffset.UTC);
        LocalDate latest = time.dueFrom(time.dateOf(receivedAt.toInstant()), CORRECTION_NOTICE_DAYS).date();
        correctionNoticeLate = time.today().isAfter(latest);
    }

    private static int stillDays(Suspension suspension, Timekeeper time) {
        return time.workingDaysBetween(time.dateOf(suspension.getStarted().getActedAt().toInstant()),
                time.today());
    }

    private void requireState(CaseState expected) {
        if (state != expected) {
            throw new GovFlowException("case.state.wrong", displayNumber(), state.name());
        }
    }

    private void requireRunning(CaseStep step) {
        if (step.getCaseFile() != this) {
            throw new IllegalArgumentException("step " + step.getId() + " is not a step of case " + id);
        }
        if (state == CaseState.SUSPENDED) {
            throw new GovFlowException("case.suspended", displayNumber());
        }
        if (step.getState() != StepState.RUNNING || step.isWindowStep()) {
            throw new GovFlowException("case.step.notRunning", step.getSeq(), step.getName());
        }
    }

    /** The steps that run together with this one: its parallel group, or itself alone. */
    List<CaseStep> stageOf(CaseStep step) {
        if (!step.isParallel()) {
            return List.of(step);
        }
        return steps.stream().filter(s -> step.getParallelGroup().equals(s.getParallelGroup())).toList();
    }

    private List<CaseStep> stageAfter(CaseStep step) {
        List<CaseStep> stage = stageOf(step);
        int last = stage.get(stage.size() - 1).getSeq();
        CaseStep next = steps.stream().filter(s -> s.getSeq() > last).findFirst()
                .orElseThrow(() -> new IllegalStateException("no step after " + last + " in case " + id));
        return stageOf(next);
    }

    private CaseStep intakeStep() {
        return steps.stream().filter(s -> s.getKind() == StepKind.ACCEPT).findFirst()
                .orElseThrow(() -> new IllegalStateException("case " + id + " has no intake step"));
    }

    private CaseStep issuingStep() {
        return steps.stream().filter(s -> s.getKind() == StepKind.ISSUE).findFirst()
                .orElseThrow(() -> new IllegalStateException("case " + id + " has no issuing step"));
    }

    private Optional<Suspension> openSuspension() {
        return suspensions.stream().filter(Suspension::isOpen).findFirst();
    }

    /** The mandatory materials the window does not have. */
    public List<CaseMaterial> missingMaterials() {
        return materials.stream().filter(CaseMaterial::isMissing).toList();
    }

    /** The step that suspended the case, while it is suspended. */
    public Optional<CaseStep> findSuspendingStep() {
        return state == CaseState.SUSPENDED ? openSuspension().map(Suspension::getStep) : Optional.empty();
    }

    /** The number staff and applicant know the case by: the acceptance number, else the tracking reference. */
    public String displayNumber() {
        if (acceptanceNumber != null) {
            return acceptanceNumber;
        }
        return trackingReference != null ? trackingReference : "#" + id;
    }

    /** Whether a query password is this case's; only its bcrypt hash is stored. */
    public boolean queryPasswordMatches(char[] password) {
        return queryPasswordHash != null && PasswordHasher.matches(password, queryPasswordHash);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getAcceptanceNumber() {
        return acceptanceNumber;
    }

    public String getTrackingReference() {
        return trackingReference;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getItemName() {
        return itemName;
    }

    /** The catalogue version the case was checked and accepted under. */
    public Long getItemVersionId() {
        return itemVersionId;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public boolean isChargeable() {
        return chargeable;
    }

    public Applicant getApplicant() {
        return applicant;
    }

    public CaseState getState() {
        return state;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getSubmittingSystem() {
        return submittingSystem;
    }

    public String getExternalReference() {
        return externalReference;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public OffsetDateTime getCorrectionNoticeAt() {
        return correctionNoticeAt;
    }

    /** Whether the correction notice came more than {@value #CORRECTION_NOTICE_DAYS} working days after receipt. */
    public boolean isCorrectionNoticeLate() {
        return correctionNoticeLate;
    }

    public OffsetDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public OffsetDateTime getDeclinedAt() {
        return declinedAt;
    }

    public String getDeclinedBy() {
        return declinedBy;
    }

    public Integer getPromisedDays() {
        return promisedDays;
    }

    public Integer getLegalDays() {
        return legalDays;
    }

    public int getExtensionDays() {
        return extensionDays;
    }

    public int getExtensionCap() {
        return extensionCap;
    }

    public LocalDate getPromisedDueDate() {
        return promisedDueDate;
    }

    public LocalDate getLegalDueDate() {
        return legalDueDate;
    }

    /** Years without a loaded calendar that a deadline of this case was counted through (on weekends alone). */
    public SortedSet<Integer> getCalendarMissingYears() {
        return MissingYears.parse(calendarMissingYears);
    }

    /** Whether the case clock runs now. */
    public boolean isClockRunning() {
        return clockStartedOn != null;
    }

    /** Working days the clock stood still for correction and suspensions. */
    public int getSuspendedWorkingDays() {
        return suspendedWorkingDays;
    }

    /** Working days spent in steps the law excludes from the limits. */
    public int getExcludedWorkingDays() {
        return excludedWorkingDays;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public BigDecimal getFeeAmount() {
        return feeAmount;
    }

    public String getFeeReceiptNumber() {
        return feeReceiptNumber;
    }

    public LocalDate getCollectedOn() {
        return collectedOn;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    /** When someone last acted on the case. */
    public OffsetDateTime getLastActionAt() {
        return lastActionAt;
    }

    /** Working days from acceptance to issuance, still days included; set on closing. */
    public Integer getElapsedWorkingDays() {
        return elapsedWorkingDays;
    }

    /** Working days used against the limits: elapsed minus suspended and excluded days; set on closing. */
    public Integer getWorkingDaysUsed() {
        return workingDaysUsed;
    }

    public List<CaseStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    public List<CaseMaterial> getMaterials() {
        return Collections.unmodifiableList(materials);
    }

    public List<Suspension> getSuspensions() {
        return Collections.unmodifiableList(suspensions);
    }

    public List<Extension> getExtensions() {
        return Collections.unmodifiableList(extensions);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Case that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
