package org.govflow.casework;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.govflow.audit.AuditEntry;
import org.govflow.audit.AuditLog;
import org.govflow.audit.RequestOrigin;
import org.govflow.calendar.CalendarEntry;
import org.govflow.calendar.CalendarService;
import org.govflow.calendar.DayKind;
import org.govflow.calendar.WorkingDayCalendar;
import org.govflow.catalog.CatalogService;
import org.govflow.catalog.Material;
import org.govflow.deadline.DeadlineService;
import org.govflow.deadline.DeadlineState;
import org.govflow.platform.GovFlowException;
import org.govflow.staff.Role;
import org.govflow.staff.StaffDetails;
import org.govflow.staff.StaffService;
import org.govflow.testing.Identities;
import org.govflow.testing.ServiceDeployment;
import org.govflow.testing.TestClock;
import org.govflow.testing.TimerProbe;
import org.govflow.testing.TransactionProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wildfly.security.auth.server.SecurityIdentity;

import javax.naming.InitialContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.govflow.calendar.Timeliness.EARLY;
import static org.govflow.calendar.Timeliness.LATE;
import static org.govflow.calendar.Timeliness.ON_TIME;

/**
 * Cases through the real services in the server, which runs in UTC while the centre counts in Asia/Shanghai:
 * acceptance, joint approval, suspension, return, extension, issuance, the deadline watch, races, and the
 * stored calendar. Time is set on {@link TestClock}; every instant below is written in centre time.
 */
class CaseworkIT extends ServiceDeployment {

    private static final ZoneId CENTRE = ZoneId.of("Asia/Shanghai");
    private static final Applicant PERSON = Applicant.person("王小明", "330106199001011248", "13800138000");
    private static final Applicant FIRM = Applicant.organisation("某某投资有限公司", "91350100M000100Y43",
            "李四", "0588-87612345");

    @Inject
    private TestClock clock;

    @Inject
    private RequestOrigin origin;

    @Inject
    private CaseService cases;

    @Inject
    private StepService steps;

    @Inject
    private DeadlineService deadlines;

    @Inject
    private CalendarService calendars;

    @Inject
    private CatalogService catalog;

    @Inject
    private StaffService staffService;

    @Inject
    private AuditLog auditLog;

    @Inject
    private TimerProbe timers;

    @Inject
    private TransactionProbe transactions;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void jointItemRunsFromAcceptanceThroughParallelReviewSuspensionReturnAndExtensionToIssuance() throws Exception {
        String fgw = newStaff("FGW", Role.APPROVER);
        String fgwHead = newStaff("FGW", Role.APPROVER, Role.DEPARTMENT_HEAD);
        String zrj = newStaff("ZRJ", Role.APPROVER);
        String stj = newStaff("STJ", Role.APPROVER);

        // Monday 2 March: accepted with every mandatory material; the clock starts (day 0)
        Acceptance acceptance = act("clerk", "10.0.1.1", "2026-03-02T09:00",
                () -> cases.accept("FGW-001", FIRM, mandatory("FGW-001")));
        long caseId = acceptance.receipt().caseId();
        Case accepted = read(caseId);
        assertThat(acceptance.receipt().acceptanceNumber()).matches(CaseNumbers.ACCEPTANCE_NUMBER)
                .startsWith("SL20260302");
        assertThat(acceptance.queryPassword()).hasSize(8);
        assertThat(accepted.queryPasswordMatches(acceptance.queryPassword().toCharArray())).isTrue();
        assertThat(accepted.getItemVersionId()).isEqualTo(catalog.getPublishedVersion("FGW-001").getId());
        assertThat(accepted.getSteps()).extracting(CaseStep::getSeq, CaseStep::getDepartmentCode,
                CaseStep::getParallelGroup, CaseStep::isExcluded).containsExactly(
                tuple(1, "FGW", null, false), tuple(2, "FGW", null, false), tuple(3, "FGW", null, true),
                tuple(4, "FGW", "G1", false), tuple(5, "ZRJ", "G1", false), tuple(6, "STJ", "G1", false),
                tuple(7, "FGW", null, false), tuple(8, "FGW", null, false), tuple(9, "FGW", null, false));
        assertThat(accepted.getExtensionCap()).isEqualTo(15);
        assertThat(accepted.getPromisedDueDate()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(accepted.getLegalDueDate()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(acceptance.receipt().promisedDueDate()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(acceptance.receipt().queryUrl()).endsWith("/query.xhtml?no=" + accepted.getAcceptanceNumber());
        CaseStep review = step(accepted, 2);
        assertThat(review.getState()).isEqualTo(StepState.RUNNING);
        assertThat(review.getDeadline().getDueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(review.getDeadline().getWarnAt().toInstant()).isEqualTo(centre("2026-03-04T00:00"));
        assertThat(review.getDeadline().getDueAt().toInstant()).isEqualTo(centre("2026-03-06T00:00"));

        // Thursday 5 March, the review's due day: passed on time; the excluded expert review stops the case clock
        pass(fgw, "10.0.2.2", "2026-03-05T10:00", caseId, 2);
        assertThat(read(caseId).isClockRunning()).isFalse();

        // Monday 16 March: expert review passed early; the joint group starts in three departments at once
        pass(fgw, "10.0.2.2", "2026-03-16T15:00", caseId, 3);
        Case joint = read(caseId);
        assertThat(joint.getSteps()).filteredOn(s -> s.getState() == StepState.RUNNING)
                .extracting(CaseStep::getSeq).containsExactly(4, 5, 6);
        assertThat(joint.getExcludedWorkingDays()).isEqualTo(7);
        assertThat(joint.getPromisedDueDate()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(joint.getLegalDueDate()).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThatThrownBy(() -> pass(zrj, "10.0.3.3", "2026-03-16T15:30", caseId, 4))
                .isInstanceOf(GovFlowException.class).hasMessage("case.step.otherDepartment");
        pass(zrj, "10.0.3.3", "2026-03-16T16:00", caseId, 5);
        assertThat(read(caseId).getSteps()).filteredOn(s -> s.getState() == StepState.RUNNING)
                .extracting(CaseStep::getSeq).containsExactly(4, 6);

        // Tuesday 17 March: the environment bureau suspends for an on-site inspection; everything stands still
        act(stj, "10.0.4.4", "2026-03-17T09:30", () -> steps.suspend(stepId(caseId, 6), version(caseId, 6),
                SuspensionReason.ON_SITE_INSPECTION, "需现场勘查排污口位置"));
        Case suspended = read(caseId);
        assertThat(suspended.getState()).isEqualTo(CaseState.SUSPENDED);
        assertThat(suspended.isClockRunning()).isFalse();
        assertThat(List.of(step(suspended, 4), step(suspended, 6))).allSatisfy(s -> {
            assertThat(s.getState()).isEqualTo(StepState.SUSPENDED);
            assertThat(s.getDeadline().getWarnAt()).isNull();
            assertThat(s.getDeadline().getDueAt()).isNull();
        });
        assertThatThrownBy(() -> pass(fgw, "10.0.2.2", "2026-03-18T09:00", caseId, 4))
                .hasMessage("case.suspended");
        assertThatThrownBy(() -> act(fgw, "10.0.2.2", "2026-03-18T09:00",
                () -> steps.resume(stepId(caseId, 4), version(caseId, 4), null)))
                .hasMessage("case.resume.notThisStep");
        scan("2026-03-20T12:00");
        assertThat(List.of(step(read(caseId), 4), step(read(caseId), 6)))
                .allSatisfy(s -> assertThat(s.getDeadline().getState()).isNotEqualTo(DeadlineState.OVERDUE));

        // Monday 23 March: resumed; the branches get the working days they had left, the case its days too
        act(stj, "10.0.4.4", "2026-03-23T10:00", () -> steps.resume(stepId(caseId, 6), version(caseId, 6),
                "勘查完毕"));
        Case resumed = read(caseId);
        assertThat(resumed.getState()).isEqualTo(CaseState.IN_PROGRESS);
        assertThat(step(resumed, 4).getDeadline().getDueDate()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(step(resumed, 6).getDeadline().getDueDate()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(resumed.getSuspensions()).singleElement().satisfies(s -> {
            assertThat(s.getReason()).isEqualTo(SuspensionReason.ON_SITE_INSPECTION);
            assertThat(s.getWorkingDays()).isEqualTo(4);
        });
        assertThat(resumed.getSuspendedWorkingDays()).isEqualTo(4);
        assertThat(resumed.getPromisedDueDate()).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(resumed.getLegalDueDate()).isEqualTo(LocalDate.of(2026, 4, 15));

        // Tuesday 24 March: both branches are overdue now, and pass late; the case moves on after the last one
        scan("2026-03-24T11:00");
        assertThat(step(read(caseId), 4).getDeadline().getState()).isEqualTo(DeadlineState.OVERDUE);
        pass(fgw, "10.0.2.2", "2026-03-24T11:00", caseId, 4);
        assertThat(step(read(caseId), 7).getState()).isEqualTo(StepState.PENDING);
        pass(stj, "10.0.4.4", "2026-03-24T14:00", caseId, 6);
        assertThat(step(read(caseId), 7).getState()).isEqualTo(StepState.RUNNING);

        // Wednesday 25 March: the department head extends by 5 working days (cap 15 for joint handling)
        assertThatThrownBy(() -> act(fgw, "10.0.2.2", "2026-03-25T09:00",
                () -> steps.extend(stepId(caseId, 7), version(caseId, 7), 5, "情况复杂")))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
        act(fgwHead, "10.0.2.9", "2026-03-25T09:00",
                () -> steps.extend(stepId(caseId, 7), version(caseId, 7), 5, "涉及多部门意见需协调"));
        assertThatThrownBy(() -> act(fgwHead, "10.0.2.9", "2026-03-25T09:10",
                () -> steps.extend(stepId(caseId, 7), version(caseId, 7), 11, "再延期")))
                .hasMessage("case.extension.overCap");
        Case extended = read(caseId);
        assertThat(extended.getExtensionDays()).isEqualTo(5);
        assertThat(extended.getExtensions()).singleElement().satisfies(e -> {
            assertThat(e.getDays()).isEqualTo(5);
            assertThat(e.getPromisedDueDate()).isEqualTo(LocalDate.of(2026, 4, 3));
            assertThat(e.getLegalDueDate()).isEqualTo(LocalDate.of(2026, 4, 22));
            assertThat(e.getStepDueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        });
        assertThat(extended.getPromisedDueDate()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(extended.getLegalDueDate()).isEqualTo(LocalDate.of(2026, 4, 22));

        // Thursday 26 March: review passed; the decision is the head's alone
        pass(fgw, "10.0.2.2", "2026-03-26T10:00", caseId, 7);
        assertThatThrownBy(() -> pass(fgw, "10.0.2.2", "2026-03-26T11:00", caseId, 8))
                .hasMessage("case.step.headOnly");

        // Friday 27 March: the head sends it back to the review, which runs again from a fresh limit
        assertThatThrownBy(() -> act(fgwHead, "10.0.2.9", "2026-03-27T09:00",
                () -> steps.returnTo(stepId(caseId, 8), version(caseId, 8), 1, "退回受理")))
                .hasMessage("case.return.targetInvalid");
        act(fgwHead, "10.0.2.9", "2026-03-27T09:00",
                () -> steps.returnTo(stepId(caseId, 8), version(caseId, 8), 7, "核准条件表述需补充"));
        Case returned = read(caseId);
        assertThat(step(returned, 7).getState()).isEqualTo(StepState.RUNNING);
        assertThat(step(returned, 7).getRuns()).isEqualTo(2);
        assertThat(step(returned, 7).getDeadline().getDueDate()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(step(returned, 8).getState()).isEqualTo(StepState.PENDING);

        pass(fgw, "10.0.2.2", "2026-03-30T17:00", caseId, 7);
        pass(fgwHead, "10.0.2.9", "2026-03-31T10:00", caseId, 8);
        assertThat(read(caseId).getState()).isEqualTo(CaseState.TO_ISSUE);
        assertThat(read(caseId).getDecision()).isEqualTo(Decision.APPROVED);

        // Wednesday 1 April: issued at the window and collected; the case closes
        act("clerk", "10.0.1.1", "2026-04-01T10:00", () -> cases.issue(caseId, read(caseId).getVersion(),
                new Issuance("发改核准〔2026〕18号", BigDecimal.ZERO, null, LocalDate.of(2026, 4, 1))));
        Case closed = read(caseId);
        assertThat(closed.getState()).isEqualTo(CaseState.CLOSED);
        assertThat(closed.getDocumentNumber()).isEqualTo("发改核准〔2026〕18号");
        assertThat(closed.getFeeAmount()).isEqualByComparingTo("0");
        assertThat(closed.getCollectedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        // 22 working days from 2 March to 1 April, less 4 suspended and 7 in the excluded expert review
        assertThat(closed.getElapsedWorkingDays()).isEqualTo(22);
        assertThat(closed.getSuspendedWorkingDays()).isEqualTo(4);
        assertThat(closed.getExcludedWorkingDays()).isEqualTo(7);
        assertThat(closed.getWorkingDaysUsed()).isEqualTo(11);

        List<StepAction> actions = as("admin", () -> cases.listActions(caseId));
        assertThat(actions).extracting(a -> a.getStep().getSeq(), StepAction::getType, StepAction::getActor,
                StepAction::getClientAddress, StepAction::getTimeliness, StepAction::getDueDate,
                a -> a.getActedAt().toInstant()).containsExactly(
                tuple(1, ActionType.ACCEPT, "clerk", "10.0.1.1", EARLY, day(3, 3), centre("2026-03-02T09:00")),
                tuple(2, ActionType.PASS, fgw, "10.0.2.2", ON_TIME, day(3, 5), centre("2026-03-05T10:00")),
                tuple(3, ActionType.PASS, fgw, "10.0.2.2", EARLY, day(3, 17), centre("2026-03-16T15:00")),
                tuple(5, ActionType.PASS, zrj, "10.0.3.3", ON_TIME, day(3, 16), centre("2026-03-16T16:00")),
                tuple(6, ActionType.SUSPEND, stj, "10.0.4.4", ON_TIME, day(3, 17), centre("2026-03-17T09:30")),
                tuple(6, ActionType.RESUME, stj, "10.0.4.4", ON_TIME, day(3, 23), centre("2026-03-23T10:00")),
                tuple(4, ActionType.PASS, fgw, "10.0.2.2", LATE, day(3, 23), centre("2026-03-24T11:00")),
                tuple(6, ActionType.PASS, stj, "10.0.4.4", LATE, day(3, 23), centre("2026-03-24T14:00")),
                tuple(7, ActionType.EXTEND, fgwHead, "10.0.2.9", ON_TIME, day(3, 25), centre("2026-03-25T09:00")),
                tuple(7, ActionType.PASS, fgw, "10.0.2.2", EARLY, day(4, 1), centre("2026-03-26T10:00")),
                tuple(8, ActionType.RETURN, fgwHead, "10.0.2.9", ON_TIME, day(3, 27), centre("2026-03-27T09:00")),
                tuple(7, ActionType.PASS, fgw, "10.0.2.2", ON_TIME, day(3, 30), centre("2026-03-30T17:00")),
                tuple(8, ActionType.PASS, fgwHead, "10.0.2.9", ON_TIME, day(3, 31), centre("2026-03-31T10:00")),
                tuple(9, ActionType.ISSUE, "clerk", "10.0.1.1", ON_TIME, day(4, 1), centre("2026-04-01T10:00")));
        assertThat(actions).filteredOn(a -> a.getType() == ActionType.RETURN).singleElement()
                .satisfies(a -> assertThat(a.getTargetSeq()).isEqualTo(7));

        // refused attempts left nothing behind: one audit entry per action kept, with the same who and where
        List<AuditEntry> audit = as("admin", () -> auditLog.listBySubject("case", caseId));
        assertThat(audit).extracting(AuditEntry::getAction, AuditEntry::getActor, AuditEntry::getClientAddress)
                .containsExactly(
                        tuple("CASE_ACCEPTED", "clerk", "10.0.1.1"),
                        tuple("STEP_PASSED", fgw, "10.0.2.2"),
                        tuple("STEP_PASSED", fgw, "10.0.2.2"),
                        tuple("STEP_PASSED", zrj, "10.0.3.3"),
                        tuple("STEP_SUSPENDED", stj, "10.0.4.4"),
                        tuple("STEP_RESUMED", stj, "10.0.4.4"),
                        tuple("STEP_PASSED", fgw, "10.0.2.2"),
                        tuple("STEP_PASSED", stj, "10.0.4.4"),
                        tuple("CASE_EXTENDED", fgwHead, "10.0.2.9"),
                        tuple("STEP_PASSED", fgw, "10.0.2.2"),
                        tuple("STEP_RETURNED", fgwHead, "10.0.2.9"),
                        tuple("STEP_PASSED", fgw, "10.0.2.2"),
                        tuple("STEP_PASSED", fgwHead, "10.0.2.9"),
                        tuple("CASE_ISSUED", "clerk", "10.0.1.1"));
    }

    @Test
    void deadlinesAreCountedInTheCentreZoneWhileTheServerRunsInUtc() throws Exception {
        assertThat(ZoneId.systemDefault().normalized()).isEqualTo(ZoneOffset.UTC);

        // 17:30 UTC on Sunday 1 March is 01:30 on Monday 2 March in the centre
        clock.set(Instant.parse("2026-03-01T17:30:00Z"));
        Acceptance acceptance = as("clerk", () -> cases.accept("SCJ-001", PERSON, mandatory("SCJ-001")));
        Case accepted = read(acceptance.receipt().caseId());
        CaseStep review = step(accepted, 2);

        assertThat(accepted.getAcceptedAt().toInstant()).isEqualTo(Instant.parse("2026-03-01T17:30:00Z"));
        assertThat(acceptance.receipt().acceptanceNumber()).startsWith("SL20260302");
        assertThat(accepted.getPromisedDueDate()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(accepted.getLegalDueDate()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(review.getDeadline().getDueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(review.getDeadline().getDueAt().toInstant()).isEqualTo(Instant.parse("2026-03-05T16:00:00Z"));
        assertThat(review.getDeadline().getWarnAt().toInstant()).isEqualTo(Instant.parse("2026-03-03T16:00:00Z"));

        // 15:59 UTC on the due day is 23:59 in the centre: still on time
        clock.set(Instant.parse("2026-03-05T15:59:00Z"));
        as("approver", () -> steps.pass(review.getId(), review.getVersion(), "同意"));
        assertThat(as("admin", () -> cases.listActions(accepted.getId()))).last()
                .satisfies(a -> assertThat(a.getTimeliness()).isEqualTo(ON_TIME));
    }

    @Test
    void requiredWorkingDayExamplesHoldThroughAcceptance() throws Exception {
        assertThat(promisedDueOn("JYJ-008", "2025-09-26T10:00")).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(promisedDueOn("GJJ-003", "2025-01-24T10:00")).isEqualTo(LocalDate.of(2025, 1, 27));
        assertThat(promisedDueOn("GJJ-003", "2026-06-18T10:00")).isEqualTo(LocalDate.of(2026, 6, 23));
    }

    @Test
    void limitReachingIntoAYearWithoutCalendarIsCountedOnWeekendsAndFlagged() throws Exception {
        Acceptance acceptance = act("clerk", "10.0.1.1", "2026-12-28T09:00",
                () -> cases.accept("SCJ-001", PERSON, mandatory("SCJ-001")));
        Case accepted = read(acceptance.receipt().caseId());

        // 1 January 2027 counts as a working day: no calendar for 2027 is loaded
        assertThat(accepted.getPromisedDueDate()).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(accepted.getLegalDueDate()).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(accepted.getCalendarMissingYears()).containsExactly(2027);
        assertThat(acceptance.receipt().calendarMissingYears()).containsExactly(2027);
        assertThat(step(accepted, 2).getCalendarMissingYears()).isEmpty();
    }

    @Test
    void scanningTwiceWarnsAndMarksOverdueEachStepExactlyOnceAndCatchesUpAfterDowntime() throws Exception {
        assertThat(timers.timerInfos()).as("the same fixed timers, however many cases")
                .containsExactlyInAnyOrder("deadline watch", "mail outbox");

        // SCJ-003's review takes 4 working days: accepted Monday 13 April, due Friday 17, warned from Thursday 16
        List<Long> early = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            early.add(reviewStepOf(act("clerk", "10.0.1.1", "2026-04-13T09:00",
                    () -> cases.accept("SCJ-003", PERSON, mandatory("SCJ-003")))));
        }
        scan("2026-04-13T09:00");
        assertThat(early).allSatisfy(id -> assertThat(stateOf(id)).isEqualTo(DeadlineState.ON_TIME));

        scan("2026-04-16T12:00");
        scan("2026-04-16T12:00");
        assertThat(early).allSatisfy(id -> assertThat(stateOf(id)).isEqualTo(DeadlineState.WARNED));

        // accepted Thursday 16 April, due Wednesday 22; nobody scans until Tuesday 28 (downtime)
        List<Long> late = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            late.add(reviewStepOf(act("clerk", "10.0.1.1", "2026-04-16T12:30",
                    () -> cases.accept("SCJ-003", FIRM, mandatory("SCJ-003")))));
        }
        scan("2026-04-28T08:00");
        scan("2026-04-28T08:00");

        List<Long> all = new ArrayList<>(early);
        all.addAll(late);
        for (Long id : all) {
            CaseStep step = stepById(id);
            assertThat(step.getDeadline().getState()).isEqualTo(DeadlineState.OVERDUE);
            assertThat(step.getDeadline().getOverdueAt().toInstant()).isEqualTo(centre("2026-04-28T08:00"));
            List<String> transitions = as("admin", () -> auditLog.listBySubject("case_step", id)).stream()
                    .map(AuditEntry::getAction).toList();
            assertThat(transitions).containsExactly("STEP_WARNED", "STEP_OVERDUE");
        }
        assertThat(early).allSatisfy(id -> assertThat(stepById(id).getDeadline().getWarnedAt().toInstant())
                .isEqualTo(centre("2026-04-16T12:00")));
        assertThat(late).allSatisfy(id -> assertThat(stepById(id).getDeadline().getWarnedAt().toInstant())
                .isEqualTo(centre("2026-04-28T08:00")));
        assertThat(timers.timerInfos()).as("the same fixed timers, however many cases")
                .containsExactlyInAnyOrder("deadline watch", "mail outbox");
    }

    @Test
    void twoApproversActingOnOneStepAtOnceExactlyOneWins() throws Exception {
        Acceptance acceptance = act("clerk", "10.0.1.1", "2026-05-11T09:00",
                () -> cases.accept("SCJ-002", PERSON, mandatory("SCJ-002")));
        long caseId = acceptance.receipt().caseId();
        CaseStep review = step(read(caseId), 2);
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CyclicBarrier together = new CyclicBarrier(2);

        List<Future<String>> outcomes = List.of(
                executor.submit(passAtOnce(Identities.signIn("approver", Identities.DEMO_PASSWORD), review, together)),
                executor.submit(passAtOnce(Identities.signIn("head", Identities.DEMO_PASSWORD), review, together)));
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }

        assertThat(results).containsExactlyInAnyOrder("passed", CaseSupport.CONCURRENT_CHANGE);
        assertThat(as("admin", () -> cases.listActions(caseId))).filteredOn(a -> a.getStep().getSeq() == 2)
                .singleElement().satisfies(a -> assertThat(a.getType()).isEqualTo(ActionType.PASS));
        assertThat(as("admin", () -> auditLog.listBySubject("case", caseId))).extracting(AuditEntry::getAction)
                .containsOnlyOnce("STEP_PASSED");
        assertThat(step(read(caseId), 2).getState()).isEqualTo(StepState.DONE);
        assertThatThrownBy(() -> as("approver", () -> steps.pass(review.getId(), review.getVersion(), "同意")))
                .hasMessage(CaseSupport.CONCURRENT_CHANGE);
    }

    @Test
    void aTransactionThatReadTheStepBeforeAnotherCommittedLosesWhenItWrites() throws Exception {
        Acceptance acceptance = act("clerk", "10.0.1.1", "2026-05-11T09:00",
                () -> cases.accept("SCJ-002", FIRM, mandatory("SCJ-002")));
        long caseId = acceptance.receipt().caseId();
        CaseStep review = step(read(caseId), 2);
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        SecurityIdentity head = Identities.signIn("head", Identities.DEMO_PASSWORD);

        // the approver's transaction reads the step, the head passes it meanwhile, then the approver writes
        assertThatThrownBy(() -> as("approver", () -> transactions.inTransaction(() -> {
            transactions.find(Case.class, caseId).getSteps().size();
            executor.submit(() -> head.runAs((Callable<CaseStep>) () -> steps.pass(review.getId(),
                    review.getVersion(), "同意"))).get(60, TimeUnit.SECONDS);
            return steps.pass(review.getId(), review.getVersion(), "同意");
        }))).isInstanceOfSatisfying(GovFlowException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(CaseSupport.CONCURRENT_CHANGE));

        assertThat(as("admin", () -> cases.listActions(caseId))).filteredOn(a -> a.getStep().getSeq() == 2)
                .singleElement().satisfies(a -> assertThat(a.getActor()).isEqualTo("head"));
    }

    @Test
    void refusalEndsTheFlowButStillGoesToTheWindowToBeServed() throws Exception {
        Acceptance acceptance = act("clerk", "10.0.1.1", "2026-05-11T09:00",
                () -> cases.accept("SCJ-008", PERSON, mandatory("SCJ-008")));
        long caseId = acceptance.receipt().caseId();

        assertThatThrownBy(() -> act("approver", "10.0.5.5", "2026-05-11T10:00",
                () -> steps.reject(stepId(caseId, 2), version(caseId, 2), " ")))
                .hasMessage("case.reason.required");
        act("approver", "10.0.5.5", "2026-05-11T10:00",
                () -> steps.reject(stepId(caseId, 2), version(caseId, 2), "申请人不具备主体资格"));

        Case refused = read(caseId);
        assertThat(refused.getState()).isEqualTo(CaseState.TO_ISSUE);
        assertThat(refused.getDecision()).isEqualTo(Decision.REFUSED);
        assertThat(refused.getSteps()).extracting(CaseStep::getState).containsExactly(StepState.DONE,
                StepState.DONE, StepState.CANCELLED, StepState.CANCELLED, StepState.RUNNING);
        assertThat(as("clerk", () -> cases.listToIssue())).extracting(Case::getId).contains(caseId);

        assertThatThrownBy(() -> act("clerk", "10.0.1.1", "2026-05-12T09:00", () -> cases.issue(caseId,
                read(caseId).getVersion(), new Issuance("不予许可决定书1号", new BigDecimal("50"), "R1",
                        LocalDate.of(2026, 5, 12))))).hasMessage("case.issue.feeNotCharged");
        act("clerk", "10.0.1.1", "2026-05-12T09:00", () -> cases.issue(caseId, read(caseId).getVersion(),
                new Issuance("不予许可决定书1号", BigDecimal.ZERO, null, LocalDate.of(2026, 5, 12))));
        assertThat(read(caseId).getState()).isEqualTo(CaseState.CLOSED);
        assertThat(read(caseId).getWorkingDaysUsed()).isEqualTo(1);
    }

    @Test
    void missingMaterialsAreDeclinedOrAcceptedPendingCorrectionWhichStopsTheClock() throws Exception {
        Set<Integer> partial = Set.of(1, 2, 3);

        assertThatThrownBy(() -> act("clerk", "10.0.1.1", "2026-03-02T09:00",
                () -> cases.accept("SCJ-001", PERSON, partial)))
                .isInstanceOfSatisfying(GovFlowException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("case.materials.missing");
                    assertThat(e.getArguments().get(0).toString()).contains(materialName("SCJ-001", 4),
                            materialName("SCJ-001", 5));
                });

        Case declined = act("clerk", "10.0.1.1", "2026-03-02T09:00", () -> cases.decline("SCJ-001", PERSON, partial));
        assertThat(declined.getState()).isEqualTo(CaseState.DECLINED);
        assertThat(declined.isCorrectionNoticeLate()).isFalse();
        assertThat(as("clerk", () -> cases.listMissingMaterials(declined.getId()))).extracting(CaseMaterial::getSeq)
                .containsExactly(4, 5);

        Acceptance pending = act("clerk", "10.0.1.1", "2026-03-02T09:00",
                () -> cases.acceptPendingCorrection("SCJ-001", PERSON, Set.of(1, 2, 3, 6)));
        long caseId = pending.receipt().caseId();
        assertThat(pending.receipt().pendingCorrection()).isTrue();
        assertThat(pending.receipt().missingMaterials()).containsExactly(materialName("SCJ-001", 4),
                materialName("SCJ-001", 5));
        Case correcting = read(caseId);
        assertThat(correcting.getState()).isEqualTo(CaseState.CORRECTION);
        assertThat(correcting.isClockRunning()).isFalse();
        assertThat(step(correcting, 2).getState()).isEqualTo(StepState.PENDING);

        act("clerk", "10.0.1.1", "2026-03-04T09:00",
                () -> cases.recordMaterialsArrived(caseId, read(caseId).getVersion(), Set.of(4)));
        assertThat(read(caseId).getState()).isEqualTo(CaseState.CORRECTION);
        act("clerk", "10.0.1.1", "2026-03-05T10:00",
                () -> cases.recordMaterialsArrived(caseId, read(caseId).getVersion(), Set.of(5)));

        // the clock ran from Thursday 5 March: 3 working days stood still
        Case running = read(caseId);
        assertThat(running.getState()).isEqualTo(CaseState.IN_PROGRESS);
        assertThat(running.getSuspendedWorkingDays()).isEqualTo(3);
        assertThat(running.getPromisedDueDate()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(step(running, 2).getDeadline().getDueDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(running.getSuspensions()).singleElement().satisfies(s -> {
            assertThat(s.getReason()).isEqualTo(SuspensionReason.CORRECTION);
            assertThat(s.getWorkingDays()).isEqualTo(3);
            assertThat(s.isOpen()).isFalse();
        });
        assertThat(running.getMaterials()).allSatisfy(m -> assertThat(m.isMissing()).isFalse());
    }

    @Test
    void applicationsFromOtherSystemsWaitInTheQueueAndLateCorrectionNoticesAreFlagged() throws Exception {
        String late = act("interop", "10.9.9.9", "2026-03-02T09:00",
                () -> cases.submitApplication("SCJ-001", PERSON, "省政务服务平台", "EXT-" + UUID.randomUUID()));
        String timely = act("interop", "10.9.9.9", "2026-03-02T09:00",
                () -> cases.submitApplication("SCJ-001", FIRM, "省政务服务平台", "EXT-" + UUID.randomUUID()));
        String complete = act("interop", "10.9.9.9", "2026-03-02T09:00",
                () -> cases.submitApplication("SCJ-001", FIRM, "省政务服务平台", "EXT-" + UUID.randomUUID()));

        assertThat(List.of(late, timely, complete)).allMatch(ref -> CaseNumbers.TRACKING_REFERENCE.matcher(ref)
                .matches());
        List<Case> queue = as("clerk", () -> cases.listQueue());
        assertThat(queue).extracting(Case::getTrackingReference).contains(late, timely, complete);
        assertThat(queue).allSatisfy(c -> assertThat(c.getState()).isEqualTo(CaseState.SUBMITTED));
        assertThatThrownBy(() -> as("clerk", () -> cases.submitApplication("SCJ-001", PERSON, "窗口", "X")))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);

        // received Monday 2 March: the notice was due by Monday 9 March (5 working days)
        Case timelyCase = queued(queue, timely);
        act("clerk", "10.0.1.1", "2026-03-06T09:00",
                () -> cases.declineSubmitted(timelyCase.getId(), timelyCase.getVersion(), Set.of(1)));
        assertThat(read(timelyCase.getId()).isCorrectionNoticeLate()).isFalse();
        assertThat(read(timelyCase.getId()).getState()).isEqualTo(CaseState.DECLINED);

        Case lateCase = queued(queue, late);
        Acceptance accepted = act("clerk", "10.0.1.1", "2026-03-11T09:00",
                () -> cases.acceptSubmitted(lateCase.getId(), lateCase.getVersion(), Set.of(1, 2, 3), true));
        assertThat(accepted.receipt().acceptanceNumber()).matches(CaseNumbers.ACCEPTANCE_NUMBER);
        assertThat(read(lateCase.getId()).isCorrectionNoticeLate()).isTrue();
        assertThat(read(lateCase.getId()).getCorrectionNoticeAt().toInstant()).isEqualTo(centre("2026-03-11T09:00"));

        // accepted the day after receipt: the intake step's limit of 1 day is met
        Case completeCase = queued(queue, complete);
        act("clerk", "10.0.1.1", "2026-03-03T09:00",
                () -> cases.acceptSubmitted(completeCase.getId(), completeCase.getVersion(), mandatory("SCJ-001"),
                        false));
        assertThat(read(completeCase.getId()).getState()).isEqualTo(CaseState.IN_PROGRESS);
        assertThat(as("admin", () -> cases.listActions(completeCase.getId()))).first().satisfies(a -> {
            assertThat(a.getType()).isEqualTo(ActionType.ACCEPT);
            assertThat(a.getTimeliness()).isEqualTo(ON_TIME);
        });
        assertThatThrownBy(() -> act("clerk", "10.0.1.1", "2026-03-03T09:05",
                () -> cases.acceptSubmitted(completeCase.getId(), completeCase.getVersion(), mandatory("SCJ-001"),
                        false))).hasMessage(CaseSupport.CONCURRENT_CHANGE);
    }

    @Test
    void receiptCarriesAQrCodeOfThePublicQueryAddress() throws Exception {
        Acceptance acceptance = act("clerk", "10.0.1.1", "2026-05-11T09:00",
                () -> cases.accept("SCJ-002", FIRM, mandatory("SCJ-002")));

        byte[] png = as("clerk", () -> cases.queryQrCode(acceptance.receipt().caseId()));
        Receipt reprint = as("clerk", () -> cases.getReceipt(acceptance.receipt().caseId()));

        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)).getWidth()).isEqualTo(240);
        assertThat(reprint.acceptanceNumber()).isEqualTo(acceptance.receipt().acceptanceNumber());
        assertThat(reprint.applicantName()).isEqualTo("某某投资有限公司");
        assertThat(reprint.queryUrl()).isEqualTo("http://localhost:8080/query.xhtml?no="
                + acceptance.receipt().acceptanceNumber());
    }

    @Test
    void administratorLoadsAYearAndEditsDaysAndTheCalendarFollowsAtOnce() throws Exception {
        WorkingDayCalendar seeded = calendars.calendar();
        assertThat(seeded.loadedYears()).contains(2025, 2026).doesNotContain(2027);
        assertThat(seeded.kindOf(LocalDate.of(2026, 10, 1))).isEqualTo(DayKind.HOLIDAY);

        int stored = as("admin", () -> calendars.loadYear(2030,
                "date,kind,name\n2030-01-01,holiday,元旦\n2030-02-02,workday,春节调休上班\n", "cn-2030.csv"));
        assertThat(stored).isEqualTo(2);
        assertThat(calendars.calendar().isYearLoaded(2030)).isTrue();
        assertThat(calendars.calendar().kindOf(LocalDate.of(2030, 2, 2))).isEqualTo(DayKind.MAKEUP_WORKDAY);

        as("admin", () -> calendars.setDay(LocalDate.of(2030, 1, 2), CalendarEntry.Kind.HOLIDAY, "元旦"));
        assertThat(calendars.calendar().kindOf(LocalDate.of(2030, 1, 2))).isEqualTo(DayKind.HOLIDAY);
        as("admin", () -> {
            calendars.removeDay(LocalDate.of(2030, 2, 2));
            return null;
        });
        assertThat(calendars.calendar().kindOf(LocalDate.of(2030, 2, 2))).isEqualTo(DayKind.WEEKEND);
        assertThat(calendars.listDays(2030)).extracting(d -> d.getDate().toString())
                .containsExactly("2030-01-01", "2030-01-02");

        assertThatThrownBy(() -> as("admin", () -> calendars.loadYear(2031,
                "date,kind,name\n2031-13-01,holiday,元旦\n2031-01-06,workday,调休\n", "bad.csv")))
                .isInstanceOfSatisfying(GovFlowException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("calendar.file.invalid");
                    assertThat(e.getArguments()).first().isEqualTo(2);
                });
        assertThatThrownBy(() -> as("admin", () -> calendars.loadYear(2031,
                "date,kind,name\n2030-05-01,holiday,劳动节\n", "wrong.csv")))
                .hasMessage("calendar.file.wrongYear");
        assertThatThrownBy(() -> as("admin", () -> calendars.setDay(LocalDate.of(2031, 1, 1),
                CalendarEntry.Kind.HOLIDAY, "元旦"))).hasMessage("calendar.year.notLoaded");
        assertThatThrownBy(() -> as("admin", () -> calendars.setDay(LocalDate.of(2030, 3, 4),
                CalendarEntry.Kind.WORKDAY, "调休"))).hasMessage("calendar.day.workdayNotWeekend");
        assertThatThrownBy(() -> as("clerk", () -> calendars.loadYear(2032, "date,kind,name\n", "x.csv")))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
        assertThat(calendars.calendar().isYearLoaded(2031)).isFalse();
        assertThat(as("admin", () -> auditLog.listByAction("CALENDAR_YEAR_LOADED"))).extracting(
                AuditEntry::getSubjectId).contains("2025", "2026", "2030");
    }

    private Callable<String> passAtOnce(SecurityIdentity who, CaseStep step, CyclicBarrier together) {
        return () -> {
            together.await(30, TimeUnit.SECONDS);
            try {
                who.runAs((Callable<CaseStep>) () -> steps.pass(step.getId(), step.getVersion(), "同意"));
                return "passed";
            } catch (GovFlowException e) {
                return e.getMessageKey();
            }
        };
    }

    /** Runs as a demo or test account; business refusals come out as they are. */
    private static <T> T as(String username, Callable<T> action) {
        try {
            return Identities.as(username, action);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private LocalDate promisedDueOn(String itemCode, String at) {
        return act("clerk", "10.0.1.1", at, () -> cases.accept(itemCode, PERSON, mandatory(itemCode)))
                .receipt().promisedDueDate();
    }

    private <T> T act(String username, String address, String centreTime, Callable<T> action) {
        clock.set(centre(centreTime));
        origin.setClientAddress(address);
        return as(username, action);
    }

    private void pass(String username, String address, String centreTime, long caseId, int seq) {
        act(username, address, centreTime, () -> steps.pass(stepId(caseId, seq), version(caseId, seq), "同意"));
    }

    private void scan(String centreTime) {
        deadlines.scan(centre(centreTime));
    }

    private String newStaff(String department, Role... roles) {
        String username = department.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
        as("admin", () -> staffService.create(new StaffDetails(username, "测试人员", null, null, department,
                "行政审批科", Set.of(roles)), Identities.DEMO_PASSWORD.toCharArray()));
        return username;
    }

    private Set<Integer> mandatory(String itemCode) {
        return catalog.getPublishedVersion(itemCode).getMaterials().stream()
                .filter(Material::isMandatory)
                .map(Material::getSeq)
                .collect(Collectors.toSet());
    }

    private String materialName(String itemCode, int seq) {
        return catalog.getPublishedVersion(itemCode).getMaterials().get(seq - 1).getName();
    }

    private Case read(long caseId) {
        return as("admin", () -> cases.getCase(caseId));
    }

    private static Case queued(List<Case> queue, String trackingReference) {
        return queue.stream().filter(c -> trackingReference.equals(c.getTrackingReference())).findFirst()
                .orElseThrow();
    }

    private long reviewStepOf(Acceptance acceptance) {
        return stepId(acceptance.receipt().caseId(), 2);
    }

    private CaseStep stepById(long stepId) {
        return as("approver", () -> steps.getTask(stepId));
    }

    private DeadlineState stateOf(long stepId) {
        return stepById(stepId).getDeadline().getState();
    }

    private long stepId(long caseId, int seq) {
        return step(read(caseId), seq).getId();
    }

    private long version(long caseId, int seq) {
        return step(read(caseId), seq).getVersion();
    }

    private static CaseStep step(Case caseFile, int seq) {
        return caseFile.getSteps().stream().filter(s -> s.getSeq() == seq).findFirst().orElseThrow();
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    private static Instant centre(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CENTRE).toInstant();
    }
}
