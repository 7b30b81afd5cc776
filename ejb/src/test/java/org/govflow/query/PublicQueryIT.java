package org.govflow.query;

import jakarta.inject.Inject;
import org.govflow.announcement.Announcement;
import org.govflow.announcement.AnnouncementFilter;
import org.govflow.announcement.AnnouncementService;
import org.govflow.audit.RequestOrigin;
import org.govflow.calendar.CentreClock;
import org.govflow.calendar.Timeliness;
import org.govflow.casework.Acceptance;
import org.govflow.casework.ActionType;
import org.govflow.casework.Applicant;
import org.govflow.casework.Case;
import org.govflow.casework.CaseService;
import org.govflow.casework.CaseState;
import org.govflow.casework.CaseStep;
import org.govflow.casework.Decision;
import org.govflow.casework.Issuance;
import org.govflow.casework.StepService;
import org.govflow.casework.StepState;
import org.govflow.catalog.CatalogService;
import org.govflow.catalog.Material;
import org.govflow.catalog.StepKind;
import org.govflow.complaint.ComplaintCategory;
import org.govflow.complaint.ComplaintDraft;
import org.govflow.complaint.ComplaintService;
import org.govflow.complaint.HandlerKind;
import org.govflow.complaint.TargetKind;
import org.govflow.platform.GovFlowException;
import org.govflow.staff.Role;
import org.govflow.staff.StaffDetails;
import org.govflow.staff.StaffService;
import org.govflow.statistics.Figures;
import org.govflow.statistics.PublishedStatistics;
import org.govflow.statistics.StatisticsService;
import org.govflow.supervision.Rectification;
import org.govflow.supervision.RectificationService;
import org.govflow.supervision.RectificationState;
import org.govflow.testing.Identities;
import org.govflow.testing.ServiceDeployment;
import org.govflow.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The public side of cases through the real services: the progress query and its throttling, published
 * decisions, ratings with their rectification items, and the published statistics checked against figures
 * worked out by hand. The statistics' cases run in August 2026 (no holidays, no other test's cases), the
 * query tests' in September; times are centre times.
 */
class PublicQueryIT extends ServiceDeployment {

    private static final ZoneId CENTRE = ZoneId.of("Asia/Shanghai");
    private static final Applicant OUYANG = Applicant.person("欧阳娜娜", "330106199001011248", "13800138000");
    private static final Applicant ZHANG = Applicant.person("张三", "330106199001011248", "13800138001");
    private static final Applicant FIRM = Applicant.organisation("某某投资有限公司", "91350100M000100Y43", "李四",
            "0588-87612345");

    @Inject
    private TestClock clock;

    @Inject
    private CentreClock centreClock;

    @Inject
    private RequestOrigin origin;

    @Inject
    private CaseService cases;

    @Inject
    private StepService steps;

    @Inject
    private CatalogService catalog;

    @Inject
    private StaffService staffService;

    @Inject
    private PublicQueryService query;

    @Inject
    private AnnouncementService announcements;

    @Inject
    private RectificationService rectifications;

    @Inject
    private StatisticsService statistics;

    @Inject
    private ComplaintService complaints;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void closedCasesArePublishedRatedAndCountedExactlyAsWorkedOutByHand() throws Exception {
        String mzj = newStaff("MZJ");
        String czj = newStaff("CZJ");

        // A: MZJ-004 (promised 10, legal 30), accepted Mon 3 Aug, issued Thu 6 Aug: 3 working days, early
        Acceptance a = accept("MZJ-004", OUYANG, "2026-08-03T09:00");
        passAll(mzj, a, "2026-08-05T10:00");
        issue(a, "MZJ-A-0001", "2026-08-06T15:00");
        // B: MZJ-017 (promised 11, legal 30, decisions not published), issued Tue 18 Aug: 11 days, on time
        Acceptance b = accept("MZJ-017", ZHANG, "2026-08-03T09:10");
        passAll(mzj, b, "2026-08-17T10:00");
        issue(b, "MZJ-B-0002", "2026-08-18T15:00");
        // C: MZJ-011 (promised 1, legal 10), refused at review on Wed 5 Aug and issued that day: 2 days, late
        Acceptance c = accept("MZJ-011", FIRM, "2026-08-03T09:20");
        act(mzj, "2026-08-05T11:00", () -> steps.reject(stepId(c, 2), stepVersion(c, 2), "材料不符合条件"));
        issue(c, "MZJ-C-0003", "2026-08-05T16:00");
        // D: MZJ-004 accepted Mon 10 Aug, still running
        Acceptance d = accept("MZJ-004", ZHANG, "2026-08-10T09:00");
        // E: MZJ-004 accepted Fri 31 July (before the period), issued Tue 4 Aug: 2 days, early
        Acceptance e = accept("MZJ-004", ZHANG, "2026-07-31T09:00");
        passAll(mzj, e, "2026-08-04T09:00");
        issue(e, "MZJ-E-0005", "2026-08-04T10:00");
        // F: CZJ-002 (promised 8, legal 20), accepted Mon 3 Aug, issued Fri 14 Aug: 9 days, late
        Acceptance f = accept("CZJ-002", ZHANG, "2026-08-03T09:30");
        passAll(czj, f, "2026-08-13T10:00");
        issue(f, "CZJ-F-0006", "2026-08-14T15:00");

        // the applicants rate: A 5, C 1 (opens a rectification item), F 4; D is still running
        at("2026-08-20T10:00", "10.30.0.1");
        query.rate(number(a), a.queryPassword(), 5, "很好");
        CaseRating poor = query.rate(number(c), c.queryPassword(), 1, "态度差");
        query.rate(number(f), f.queryPassword(), 4, null);
        assertThatThrownBy(() -> query.rate(number(a), a.queryPassword(), 4, null))
                .hasMessage("query.rating.already");
        assertThatThrownBy(() -> query.rate(number(d), d.queryPassword(), 4, null))
                .hasMessage("query.rating.notClosed");
        assertThatThrownBy(() -> query.rate(number(a), "wrong-pw", 4, null)).hasMessage("query.notFound");
        assertThatThrownBy(() -> query.rate(number(a), a.queryPassword(), 6, null))
                .hasMessage("query.rating.scoreInvalid");

        // one rectification for C's department, due 5 working days after Thu 20 Aug: Thu 27 Aug
        List<Rectification> items = Identities.as("supervisor", () -> rectifications.listByCase(poor.getCaseId()));
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.getDepartmentCode()).isEqualTo("MZJ");
            assertThat(item.getDueDate()).isEqualTo(LocalDate.of(2026, 8, 27));
            assertThat(item.getState()).isEqualTo(RectificationState.OPEN);
        });
        Rectification item = items.get(0);
        assertThat(Identities.as("supervisor", () -> rectifications.listByCase(caseId(a)))).isEmpty();
        assertThatThrownBy(() -> Identities.as("supervisor", () -> rectifications.close(item.getId(),
                item.getVersion(), "已约谈窗口人员", " "))).hasMessage("rectification.callback.required");
        assertThatThrownBy(() -> Identities.as("clerk", () -> rectifications.listOpen()))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
        Rectification closed = Identities.as("supervisor", () -> rectifications.close(item.getId(),
                item.getVersion(), "已约谈窗口人员并整改", "8月25日电话回访申请人，表示认可"));
        assertThat(closed.getState()).isEqualTo(RectificationState.CLOSED);
        assertThat(closed.getClosedBy()).isEqualTo("supervisor");

        // published decisions: every closed case but B, newest decision first, names masked
        AnnouncementFilter august = new AnnouncementFilter(null, "MZJ", null, LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 8, 31));
        assertThat(announcements.search(august, 0, 10)).extracting(Announcement::getDocumentNumber,
                Announcement::getApplicantName, Announcement::getDecision, Announcement::getDecidedOn,
                Announcement::getDepartmentName).containsExactly(
                tuple("MZJ-A-0001", "欧阳**", Decision.APPROVED, LocalDate.of(2026, 8, 6), "市民政局"),
                tuple("MZJ-C-0003", "某某投资有限公司", Decision.REFUSED, LocalDate.of(2026, 8, 5), "市民政局"),
                tuple("MZJ-E-0005", "张*", Decision.APPROVED, LocalDate.of(2026, 8, 4), "市民政局"));
        assertThat(announcements.count(august)).isEqualTo(3);
        assertThat(announcements.search(august, 1, 1)).extracting(Announcement::getDocumentNumber)
                .containsExactly("MZJ-C-0003");
        assertThat(announcements.isPublished(caseId(b))).isFalse();
        assertThat(announcements.search(new AnnouncementFilter("修改章程", null, "欧阳", null, null), 0, 10))
                .extracting(Announcement::getDocumentNumber).containsExactly("MZJ-A-0001");
        assertThat(announcements.count(new AnnouncementFilter(null, null, null, LocalDate.of(2026, 8, 5),
                LocalDate.of(2026, 8, 5)))).isEqualTo(1);

        // statistics of August 2026, worked out by hand from the six cases above
        PublishedStatistics stats = statistics.compute(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31));
        assertThat(stats.departments()).extracting(Figures::departmentCode).containsExactly("CZJ", "MZJ");
        Figures czjFigures = stats.departments().get(0);
        Figures mzjFigures = stats.departments().get(1);
        // MZJ: accepted A B C D; completed A B C E, on time A B E; days used 3+11+2+2, promised 10+11+1+10,
        // legal 30+30+10+30; items MZJ-004, MZJ-017, MZJ-011; ratings 5 and 1
        assertThat(mzjFigures.departmentName()).isEqualTo("市民政局");
        assertThat(mzjFigures.accepted()).isEqualTo(4);
        assertThat(mzjFigures.completed()).isEqualTo(4);
        assertThat(mzjFigures.onTime()).isEqualTo(3);
        assertThat(mzjFigures.getOnTimeRate()).isEqualTo(new BigDecimal("75.0"));
        assertThat(mzjFigures.workingDaysUsed()).isEqualTo(18);
        assertThat(mzjFigures.getAverageDaysUsed()).isEqualTo(new BigDecimal("4.5"));
        assertThat(mzjFigures.getAveragePromisedDays()).isEqualTo(new BigDecimal("8.0"));
        assertThat(mzjFigures.getAverageLegalDays()).isEqualTo(new BigDecimal("25.0"));
        assertThat(mzjFigures.getDaysSaved()).isEqualTo(82);
        assertThat(mzjFigures.getSpeedUpPercent()).isEqualTo(new BigDecimal("82.0"));
        assertThat(mzjFigures.items()).isEqualTo(3);
        assertThat(mzjFigures.ratings()).isEqualTo(2);
        assertThat(mzjFigures.getAverageRating()).isEqualTo(new BigDecimal("3.0"));
        assertThat(mzjFigures.complaintsReceived()).isZero();
        // CZJ: F alone, 9 days against promised 8 (late) and legal 20; rated 4
        assertThat(czjFigures.accepted()).isEqualTo(1);
        assertThat(czjFigures.completed()).isEqualTo(1);
        assertThat(czjFigures.getOnTimeRate()).isEqualTo(new BigDecimal("0.0"));
        assertThat(czjFigures.getAverageDaysUsed()).isEqualTo(new BigDecimal("9.0"));
        assertThat(czjFigures.getAveragePromisedDays()).isEqualTo(new BigDecimal("8.0"));
        assertThat(czjFigures.getAverageLegalDays()).isEqualTo(new BigDecimal("20.0"));
        assertThat(czjFigures.getDaysSaved()).isEqualTo(11);
        assertThat(czjFigures.getSpeedUpPercent()).isEqualTo(new BigDecimal("55.0"));
        assertThat(czjFigures.items()).isEqualTo(1);
        assertThat(czjFigures.getAverageRating()).isEqualTo(new BigDecimal("4.0"));
        // the centre: 5 accepted, 5 completed, 3 on time; days 27 of promised 40 and legal 120; 4 items
        Figures centre = stats.centre();
        assertThat(centre.accepted()).isEqualTo(5);
        assertThat(centre.completed()).isEqualTo(5);
        assertThat(centre.getOnTimeRate()).isEqualTo(new BigDecimal("60.0"));
        assertThat(centre.getAverageDaysUsed()).isEqualTo(new BigDecimal("5.4"));
        assertThat(centre.getAveragePromisedDays()).isEqualTo(new BigDecimal("8.0"));
        assertThat(centre.getAverageLegalDays()).isEqualTo(new BigDecimal("24.0"));
        assertThat(centre.getDaysSaved()).isEqualTo(93);
        assertThat(centre.getSpeedUpPercent()).isEqualTo(new BigDecimal("77.5"));
        assertThat(centre.items()).isEqualTo(4);
        assertThat(centre.ratings()).isEqualTo(3);
        assertThat(centre.getAverageRating()).isEqualTo(new BigDecimal("3.3"));
        // a day with none of them
        assertThat(statistics.compute(LocalDate.of(2026, 8, 22), LocalDate.of(2026, 8, 23)).departments())
                .isEmpty();
        assertThatThrownBy(() -> statistics.compute(LocalDate.of(2026, 8, 2), LocalDate.of(2026, 8, 1)))
                .hasMessage("statistics.period.invalid");
    }

    @Test
    void queryShowsTheTimelineAndTheResult() throws Exception {
        String mzj = newStaff("MZJ");
        Acceptance running = accept("MZJ-004", OUYANG, "2026-09-07T09:00");
        act(mzj, "2026-09-08T10:00", () -> steps.pass(stepId(running, 2), stepVersion(running, 2), "材料齐全"));

        at("2026-09-08T12:00", "10.30.1.1");
        QueryResult open = query.query(" " + number(running).toLowerCase(Locale.ROOT) + " ", running.queryPassword());

        assertThat(open.status()).isEqualTo(QueryResult.Status.FOUND);
        CaseProgress progress = open.progress();
        assertThat(progress.acceptanceNumber()).isEqualTo(number(running));
        assertThat(progress.itemName()).isEqualTo(catalog.getPublishedVersion("MZJ-004").getName());
        assertThat(progress.departmentName()).isEqualTo("市民政局");
        assertThat(progress.state()).isEqualTo(CaseState.IN_PROGRESS);
        // 10 working days: 8-11 and 14-18 September, then Sunday 20 September, a make-up working day
        assertThat(progress.promisedDueDate()).isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(progress.legalDueDate()).isAfter(LocalDate.of(2026, 9, 20));
        assertThat(progress.steps()).extracting(CaseProgress.Step::seq, CaseProgress.Step::state,
                CaseProgress.Step::outcome, CaseProgress.Step::opinion, CaseProgress.Step::current)
                .startsWith(tuple(1, StepState.DONE, ActionType.ACCEPT, null, false),
                        tuple(2, StepState.DONE, ActionType.PASS, "材料齐全", false),
                        tuple(3, StepState.RUNNING, null, null, true));
        assertThat(progress.steps().get(1).timeliness()).isEqualTo(Timeliness.EARLY);
        assertThat(progress.getCurrentSteps()).singleElement().satisfies(step ->
                assertThat(step.dueDate()).isNotNull());
        assertThat(progress.isRatable()).isFalse();
        assertThat(progress.collectionPlace()).contains("A12");

        passAll(mzj, running, "2026-09-09T10:00");
        issue(running, "MZJ-Q-0001", "2026-09-09T15:00");
        at("2026-09-09T16:00", "10.30.1.1");
        CaseProgress done = query.query(number(running), running.queryPassword()).progress();
        assertThat(done.isClosed()).isTrue();
        assertThat(done.decision()).isEqualTo(Decision.APPROVED);
        assertThat(done.completion()).isEqualTo(Timeliness.EARLY);
        assertThat(done.workingDaysUsed()).isEqualTo(2);
        assertThat(done.documentNumber()).isEqualTo("MZJ-Q-0001");
        assertThat(done.collectedOn()).isEqualTo(LocalDate.of(2026, 9, 9));
        assertThat(done.isRatable()).isTrue();
    }

    @Test
    void fiveWrongPasswordsLockTheNumberForFifteenMinutesEvenForTheRightOne() throws Exception {
        Acceptance acceptance = accept("MZJ-004", ZHANG, "2026-09-14T09:00");
        String number = number(acceptance);

        for (int i = 0; i < 5; i++) {
            at("2026-09-14T10:0" + i, "10.31.0." + i);
            assertThat(query.query(number, "wrong" + i).status()).isEqualTo(QueryResult.Status.NOT_FOUND);
        }
        at("2026-09-14T10:06", "10.31.1.1");
        QueryResult refused = query.query(number, acceptance.queryPassword());
        at("2026-09-14T10:18", "10.31.1.1");
        QueryResult stillRefused = query.query(number, acceptance.queryPassword());
        at("2026-09-14T10:19", "10.31.1.1");
        QueryResult afterLock = query.query(number, acceptance.queryPassword());

        assertThat(refused.status()).isEqualTo(QueryResult.Status.LOCKED);
        assertThat(refused.progress()).isNull();
        assertThat(stillRefused.status()).isEqualTo(QueryResult.Status.LOCKED);
        assertThat(afterLock.status()).isEqualTo(QueryResult.Status.FOUND);
        assertThat(query.query("SL20260914ZZZZZZ", "whatever").status()).isEqualTo(QueryResult.Status.NOT_FOUND);
    }

    @Test
    void twentyFailuresFromOneAddressLockItForEveryNumber() throws Exception {
        Acceptance acceptance = accept("MZJ-004", ZHANG, "2026-09-15T09:00");
        at("2026-09-15T10:00", "10.32.0.1");

        for (int i = 0; i < 20; i++) {
            assertThat(query.query("SL20260915AAAA" + (10 + i), "guess").status())
                    .isEqualTo(QueryResult.Status.NOT_FOUND);
        }

        assertThat(query.query(number(acceptance), acceptance.queryPassword()).status())
                .isEqualTo(QueryResult.Status.LOCKED);
        assertThatThrownBy(() -> query.rate(number(acceptance), acceptance.queryPassword(), 5, null))
                .hasMessage("query.locked");
        at("2026-09-15T10:00", "10.32.0.2");
        assertThat(query.query(number(acceptance), acceptance.queryPassword()).status())
                .isEqualTo(QueryResult.Status.FOUND);
    }

    @Test
    void complaintsAreCountedForTheDepartmentTheyConcern() throws Exception {
        LocalDate today = centreClock.today();
        origin.setClientAddress("10.33.0.1");
        String first = complaints.fileOnline(draft("窗口人员态度不好"), "10.33.0.1").getNumber();
        complaints.fileOnline(draft("等候时间太长"), "10.33.0.1");
        Identities.as("supervisor", () -> complaints.assign(first, HandlerKind.DISCIPLINE_OFFICE, null, 3));
        Identities.as("inspector", () -> complaints.answer(first, "已核实", "已处理"));

        PublishedStatistics stats = statistics.compute(today.minusDays(1), today.plusDays(1));

        assertThat(stats.departments()).filteredOn(figures -> "TJR".equals(figures.departmentCode()))
                .singleElement().satisfies(figures -> {
                    assertThat(figures.complaintsReceived()).isEqualTo(2);
                    assertThat(figures.complaintsAnswered()).isEqualTo(1);
                    assertThat(figures.departmentName()).isEqualTo("市退役军人事务局");
                });
        assertThat(stats.centre().complaintsReceived()).isGreaterThanOrEqualTo(2);
    }

    private static ComplaintDraft draft(String content) {
        ComplaintDraft draft = new ComplaintDraft();
        draft.setTargetKind(TargetKind.DEPARTMENT);
        draft.setDepartment("TJR");
        draft.setCategory(ComplaintCategory.SERVICE_ATTITUDE);
        draft.setContent(content);
        draft.setName("张三");
        draft.setPhone("13800138000");
        draft.setEmail("zhangsan@example.com");
        return draft;
    }

    private Acceptance accept(String itemCode, Applicant applicant, String centreTime) throws Exception {
        Set<Integer> mandatory = catalog.getPublishedVersion(itemCode).getMaterials().stream()
                .filter(Material::isMandatory).map(Material::getSeq).collect(Collectors.toSet());
        return act("clerk", centreTime, () -> cases.accept(itemCode, applicant, mandatory));
    }

    /** Passes every department step in turn until the case waits at the window. */
    private void passAll(String head, Acceptance acceptance, String centreTime) throws Exception {
        for (int guard = 0; guard < 10 && read(acceptance).getState() != CaseState.TO_ISSUE; guard++) {
            for (CaseStep step : read(acceptance).getSteps()) {
                if (step.getState() == StepState.RUNNING && step.getKind() != StepKind.ISSUE) {
                    act(head, centreTime, () -> steps.pass(step.getId(), step.getVersion(), "同意"));
                }
            }
        }
        assertThat(read(acceptance).getState()).isEqualTo(CaseState.TO_ISSUE);
    }

    private void issue(Acceptance acceptance, String documentNumber, String centreTime) throws Exception {
        LocalDate day = LocalDateTime.parse(centreTime).toLocalDate();
        act("clerk", centreTime, () -> cases.issue(caseId(acceptance), read(acceptance).getVersion(),
                new Issuance(documentNumber, BigDecimal.ZERO, null, day)));
    }

    private <T> T act(String username, String centreTime, Callable<T> action) throws Exception {
        at(centreTime, "10.20.0.1");
        return Identities.as(username, action);
    }

    private void at(String centreTime, String address) {
        clock.set(LocalDateTime.parse(centreTime).atZone(CENTRE).toInstant());
        origin.setClientAddress(address);
    }

    private Case read(Acceptance acceptance) throws Exception {
        return Identities.as("admin", () -> cases.getCase(caseId(acceptance)));
    }

    private long stepId(Acceptance acceptance, int seq) throws Exception {
        return step(acceptance, seq).getId();
    }

    private long stepVersion(Acceptance acceptance, int seq) throws Exception {
        return step(acceptance, seq).getVersion();
    }

    private CaseStep step(Acceptance acceptance, int seq) throws Exception {
        return read(acceptance).getSteps().stream().filter(s -> s.getSeq() == seq).findFirst().orElseThrow();
    }

    private static long caseId(Acceptance acceptance) {
        return acceptance.receipt().caseId();
    }

    private static String number(Acceptance acceptance) {
        return acceptance.receipt().acceptanceNumber();
    }

    private String newStaff(String department) throws Exception {
        String username = department.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
        Identities.as("admin", () -> staffService.create(new StaffDetails(username, "测试人员", null, null,
                department, "行政审批科", Set.of(Role.APPROVER, Role.DEPARTMENT_HEAD)),
                Identities.DEMO_PASSWORD.toCharArray()));
        return username;
    }
}
