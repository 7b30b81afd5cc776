package org.govflow.casework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.govflow.calendar.Deadline;
import org.govflow.calendar.Timeliness;
import org.govflow.catalog.FlowStep;
import org.govflow.catalog.StepKind;
import org.govflow.deadline.StepDeadline;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;

/**
 * One step of a case's own flow, copied from the item's flow on acceptance so later catalogue changes never
 * touch it. While it runs, its clock counts working days against its limit (plus any extension); a
 * suspension stops the clock and a resumption gives it the days that were left. A step sent back to runs
 * again from a fresh limit. Two people acting on it at once are kept apart by its version.
 */
@Entity
@Table(name = "case_step")
@NamedQuery(name = "CaseStep.findInbox",
        query = "SELECT s FROM CaseStep s JOIN FETCH s.caseFile WHERE s.departmentCode = :department"
                + " AND s.state IN :states AND s.kind IN :kinds ORDER BY s.deadline.dueDate, s.id")
public class CaseStep implements Serializable {

    @Id
    @SequenceGenerator(name = "case_step_seq", sequenceName = "case_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_step_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private Case caseFile;

    @Version
    private long version;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StepKind kind;

    @Column(name = "department_code", nullable = false, length = 20)
    private String departmentCode;

    @Column(name = "department_name", nullable = false, length = 100)
    private String departmentName;

    @Column(nullable = false, length = 60)
    private String post;

    @Column(length = 60)
    private String person;

    @Column(name = "limit_days", nullable = false)
    private int limitDays;

    @Column(nullable = false)
    private boolean excluded;

    @Column(name = "parallel_group", length = 20)
    private String parallelGroup;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StepState state = StepState.PENDING;

    @Column(nullable = false)
    private int runs;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "clock_started_on")
    private LocalDate clockStartedOn;

    @Column(name = "days_used", nullable = false)
    private int daysUsed;

    @Column(name = "extension_days", nullable = false)
    private int extensionDays;

    @Column(name = "calendar_missing_years", length = 60)
    private String calendarMissingYears;

    @Embedded
    private StepDeadline deadline = new StepDeadline();

    @OneToMany(mappedBy = "step", cascade = CascadeType.ALL)
    @OrderBy("actedAt, id")
    private List<StepAction> actions = new ArrayList<>();

    protected CaseStep() {
        // for JPA
    }

    CaseStep(Case caseFile, FlowStep flowStep) {
        this.caseFile = Objects.requireNonNull(caseFile, "caseFile");
        this.seq = flowStep.getSeq();
        this.name = flowStep.getName();
        this.kind = flowStep.getKind();
        this.departmentCode = flowStep.getDepartment().getCode();
        this.departmentName = flowStep.getDepartment().getName();
        this.post = flowStep.getPost();
        this.person = flowStep.getPerson();
        this.limitDays = flowStep.getLimitDays();
        this.excluded = flowStep.isExcluded();
        this.parallelGroup = flowStep.getParallelGroup();
    }

    /** Starts a (fresh) run on the given day: full limit, no extension, deadline on time. */
    void start(Timekeeper time, LocalDate on, Instant at) {
        state = StepState.RUNNING;
        runs++;
        startedAt = at.atOffset(ZoneOffset.UTC);
        completedAt = null;
        clockStartedOn = on;
        daysUsed = 0;
        extensionDays = 0;
        deadline.restart();
        schedule(time);
    }

    /** Stops the clock: the days counted so far are kept, the deadline is not watched. */
    void suspend(Timekeeper time) {
        requireState(StepState.RUNNING);
        daysUsed += time.workingDaysBetween(clockStartedOn, time.today());
        clockStartedOn = null;
        state = StepState.SUSPENDED;
        deadline.unwatch();
    }

    /** Restarts the clock today with the days that were left; the deadline is watched again. */
    void resume(Timekeeper time) {
        requireState(StepState.SUSPENDED);
        state = StepState.RUNNING;
        clockStartedOn = time.today();
        schedule(time);
    }

    void complete(Timekeeper time) {
        requireState(StepState.RUNNING);
        daysUsed += time.workingDaysBetween(clockStartedOn, time.today());
        clockStartedOn = null;
        state = StepState.DONE;
        completedAt = time.now().atOffset(ZoneOffset.UTC);
        deadline.unwatch();
    }

    /** Not to be run: the case was refused before reaching it. */
    void cancel() {
        clockStartedOn = null;
        state = StepState.CANCELLED;
        deadline.unwatch();
    }

    /** Back to be run again later; its next run starts from a fresh limit. */
    void reset() {
        clockStartedOn = null;
        state = StepState.PENDING;
        deadline.unwatch();
    }

    /** Adds working days to this run's limit. */
    void extend(int days, Timekeeper time) {
        extensionDays += days;
        if (state == StepState.RUNNING) {
            schedule(time);
        }
    }

    /**
     * Counts this run's due day again on a calendar that now has a year it was counted without: a running
     * step gets new warning and due instants from the days it has left; any other keeps its due day (it is
     * done, or a resumption will count it afresh) and loses the flag of that year.
     */
    void recount(int loadedYear, Timekeeper time) {
        if (state == StepState.RUNNING) {
            schedule(time);
        } else {
            calendarMissingYears = MissingYears.without(calendarMissingYears, loadedYear);
        }
    }

    StepAction record(ActionType type, Actor actor, Timeliness timeliness, String note) {
        StepAction action = new StepAction(this, type, actor, timeliness, note);
        actions.add(action);
        return action;
    }

    /** How an action now stands against this run's due day. */
    Timeliness timeliness(Timekeeper time) {
        return time.classify(deadline.getDueDate());
    }

    private void schedule(Timekeeper time) {
        Deadline due = time.dueFrom(clockStartedOn, limitDays + extensionDays - daysUsed);
        deadline.watch(due.date(), time.warnFrom(due.date()), time.overdueFrom(due.date()));
        calendarMissingYears = MissingYears.format(due.missingYears());
    }

    private void requireState(StepState expected) {
        if (state != expected) {
            throw new IllegalStateException("step " + seq + " is " + state + ", not " + expected);
        }
    }

    /** Whether the window handles it (intake and issuing) rather than a department. */
    public boolean isWindowStep() {
        return kind == StepKind.ACCEPT || kind == StepKind.ISSUE;
    }

    public boolean isParallel() {
        return parallelGroup != null;
    }

    public Long getId() {
        return id;
    }

    public Case getCaseFile() {
        return caseFile;
    }

    public long getVersion() {
        return version;
    }

    public int getSeq() {
        return seq;
    }

    public String getName() {
        return name;
    }

    public StepKind getKind() {
        return kind;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getDepartmentName() {
        return departmentName;
    }

    public String getPost() {
        return post;
    }

    public String getPerson() {
        return person;
    }

    public int getLimitDays() {
        return limitDays;
    }

    /** Whether the law keeps this step's working days out of the case's limits. */
    public boolean isExcluded() {
        return excluded;
    }

    public String getParallelGroup() {
        return parallelGroup;
    }

    public StepState getState() {
        return state;
    }

    /** How many times the step has been started (more than once after a return). */
    public int getRuns() {
        return runs;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    /** Working days this run has used, up to its last suspension or completion. */
    public int getDaysUsed() {
        return daysUsed;
    }

    public int getExtensionDays() {
        return extensionDays;
    }

    /** Years without a loaded calendar that this run's due day was counted through. */
    public SortedSet<Integer> getCalendarMissingYears() {
        return MissingYears.parse(calendarMissingYears);
    }

    public StepDeadline getDeadline() {
        return deadline;
    }

    public List<StepAction> getActions() {
        return Collections.unmodifiableList(actions);
    }
}
