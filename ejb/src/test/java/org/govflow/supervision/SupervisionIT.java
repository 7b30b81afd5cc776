package org.govflow.supervision;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govflow.audit.AuditLog;
import org.govflow.audit.RequestOrigin;
import org.govflow.casework.Acceptance;
import org.govflow.casework.Applicant;
import org.govflow.casework.Case;
import org.govflow.casework.CaseService;
import org.govflow.casework.CaseStep;
import org.govflow.casework.Issuance;
import org.govflow.casework.StepService;
import org.govflow.catalog.CatalogService;
import org.govflow.catalog.Material;
import org.govflow.deadline.DeadlineService;
import org.govflow.mail.MailOutboxService;
import org.govflow.mail.OutgoingMail;
import org.govflow.platform.GovFlowException;
import org.govflow.staff.Role;
import org.govflow.staff.StaffDetails;
import org.govflow.staff.StaffService;
import org.govflow.testing.Identities;
import org.govflow.testing.ServiceDeployment;
import org.govflow.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
 * Electronic supervision against the real services: a month (July 2026, no holidays) of cases of item
 * NYJ-025 (steps of one working day each, promised 5 days) driven through acceptance, approval and issuance
 * at set instants, the card pass run twice, the mails it writes, the reports and their Excel export, and
 * who may see what. Every expected figure below was worked out by hand from the timings in the comments.
 * July and November 2026 are this class's alone: other tests count whole months of the shared database.
 */
class SupervisionIT extends ServiceDeployment {

    private static final ZoneId CENTRE = ZoneId.of("Asia/Shanghai");
    private static final String ITEM = "NYJ-025";
    private static final Applicant FARM = Applicant.organisation("某某农业发展有限公司", "91350100M000100Y43",
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
    private SupervisionService supervision;

    @Inject
    private CatalogService catalog;

    @Inject
    private StaffService staffService;

    @Inject
    private MailOutboxService outbox;

    @Inject
    private AuditLog auditLog;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aMonthOfCasesEarnsItsCardsOnceAndItsReportsAddUp() throws Exception {
        String first = newStaff("NYJ", null, Role.APPROVER);
        String second = newStaff("NYJ", null, Role.APPROVER);
        String head = newStaff("NYJ", "nyj-head@govflow.local", Role.APPROVER, Role.DEPARTMENT_HEAD);
        newStaff("NYJ", "nyj-deputy@govflow.local", Role.DEPARTMENT_HEAD);
        newStaff("NYJ", null, Role.DEPARTMENT_HEAD);

        // A: accepted Wed 1 July; review passed early (due 2 July), check on time on 2 July, decision on
        // time on 3 July, issued 3 July with a fee of 50: 2 working days, within the promised 8 July
        long a = accept("2026-07-01T09:00");
        pass(first, "2026-07-01T15:00", a, 2);
        pass(first, "2026-07-02T10:00", a, 3);
        pass(head, "2026-07-03T09:00", a, 4);
        issue("2026-07-03T15:00", a, "50.00");

        // B: accepted Mon 6 July; review due Tue 7 July, overdue from Wed 8 July: a yellow card on Thu 9 July,
        // then passed late; check on time on 10 July, decision on time Mon 13 July (due 13 July), issued
        // 13 July with 30: 5 working days, on the promised day 13 July
        long b = accept("2026-07-06T09:00");
        scanTwice("2026-07-09T10:00");
        pass(second, "2026-07-09T10:00", b, 2);
        pass(second, "2026-07-10T09:00", b, 3);
        pass(head, "2026-07-13T09:00", b, 4);
        issue("2026-07-13T14:00", b, "30.00");

        // C: accepted Wed 15 July; review due Thu 16 July; 3 working days after it (17, 20, 21 July) it is
        // still not done, so Wed 22 July brings a yellow and a red card at once; passed late, check on
        // time 23 July, decision on time 24 July, issued Mon 27 July with 20: 8 working days, after the
        // promised 22 July
        long c = accept("2026-07-15T09:00");
        scanTwice("2026-07-21T10:00");
        assertThat(cardsOf(c, 2)).extracting(Card::getKind).containsExactly(CardKind.YELLOW_LIGHT,
                CardKind.YELLOW_CARD);
        scanTwice("2026-07-22T10:00");
        pass(first, "2026-07-22T11:00", c, 2);
        pass(first, "2026-07-23T09:00", c, 3);
        pass(head, "2026-07-24T09:00", c, 4);
        issue("2026-07-27T10:00", c, "20.00");

        // D: accepted Wed 29 July, review passed early the same day; still running at the end of the month
        long d = accept("2026-07-29T09:00");
        pass(second, "2026-07-29T16:00", d, 2);

        // each card once, whatever the number of scans, with the step's department, post and person
        assertThat(cardsOf(b, 2)).extracting(Card::getKind, Card::getDepartmentCode, Card::getPost,
                Card::getDueDate)
                .containsExactly(tuple(CardKind.YELLOW_LIGHT, "NYJ", "行政审批科科员", day(7)),
                        tuple(CardKind.YELLOW_CARD, "NYJ", "行政审批科科员", day(7)));
        assertThat(cardsOf(c, 2)).extracting(Card::getKind, Card::getIssuedAt).containsExactly(
                tuple(CardKind.YELLOW_LIGHT, centre("2026-07-21T10:00").atOffset(ZoneOffset.UTC)),
                tuple(CardKind.YELLOW_CARD, centre("2026-07-21T10:00").atOffset(ZoneOffset.UTC)),
                tuple(CardKind.RED_CARD, centre("2026-07-22T10:00").atOffset(ZoneOffset.UTC)));
        String numberB = number(b);
        String numberC = number(c);
        assertThat(as("admin", () -> auditLog.listByAction("CARD_RED_CARD"))).filteredOn(
                e -> e.getDetail().contains(numberC)).hasSize(1);

        // one mail per yellow or red card, to both heads of the department who have an address
        assertThat(mails(numberB + "/2/YELLOW_CARD")).singleElement().satisfies(m -> {
            assertThat(m.getRecipient().split(", ")).containsExactlyInAnyOrder("nyj-head@govflow.local",
                    "nyj-deputy@govflow.local");
            assertThat(m.getSubject()).isEqualTo("【电子监察黄牌】" + numberB + " 第2步“审查”已超期");
        });
        assertThat(mails(numberC + "/2/YELLOW_CARD")).hasSize(1);
        assertThat(mails(numberC + "/2/RED_CARD")).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("【电子监察红牌】"));
        assertThat(mails(numberB + "/2/YELLOW_LIGHT")).isEmpty();

        // the month's department report, from the timings above
        EfficiencyReport report = as("supervisor", () -> supervision.report(day(1), day(31), "NYJ"));
        assertThat(report.departments()).singleElement().isEqualTo(new EfficiencyRow("NYJ", "市农业农村局",
                4, 3, 2, 6, 2, 1, new BigDecimal("66.7"), new BigDecimal("5.00"), 2, 1, new BigDecimal("100.00")));

        // and per person: acceptances and fees are the clerk's, steps the approvers' and the head's
        assertThat(report.people()).extracting(EfficiencyRow::key).containsExactlyInAnyOrder("clerk", first,
                second, head);
        assertThat(row(report, "clerk")).isEqualTo(new EfficiencyRow("clerk", "李窗口", 4, 0, 0, 0, 0, 0, null,
                null, 0, 0, new BigDecimal("100.00")));
        // first: A review early (0 days), A check on time (1), C review late (5), C check on time (1)
        assertThat(row(report, first)).isEqualTo(new EfficiencyRow(first, "测试人员", 0, 4, 1, 2, 1, 1,
                new BigDecimal("75.0"), new BigDecimal("1.75"), 1, 1, new BigDecimal("0.00")));
        // second: B review late (3 days), B check on time (1), D review early (0)
        assertThat(row(report, second)).isEqualTo(new EfficiencyRow(second, "测试人员", 0, 3, 1, 1, 1, 1,
                new BigDecimal("66.7"), new BigDecimal("1.33"), 1, 0, new BigDecimal("0.00")));
        // head: three decisions on time, one working day each
        assertThat(row(report, head)).isEqualTo(new EfficiencyRow(head, "测试人员", 0, 3, 0, 3, 0, 0,
                new BigDecimal("100.0"), new BigDecimal("1.00"), 0, 0, new BigDecimal("0.00")));

        // the Excel export carries the same figures
        byte[] xlsx = as("supervisor", () -> supervision.exportExcel(day(1), day(31), "NYJ"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet departments = workbook.getSheet("部门效能");
            assertThat(cells(departments.getRow(0))).containsExactly("部门", "代码", "受理件数", "办结件数", "提前",
                    "按时", "超时", "逾期", "按时率（%）", "平均工作日", "黄牌", "红牌", "收费（元）");
            assertThat(cells(departments.getRow(1))).containsExactly("市农业农村局", "NYJ", "4.0", "3.0", "2.0",
                    "6.0", "2.0", "1.0", "66.7", "5.0", "2.0", "1.0", "100.0");
            assertThat(departments.getLastRowNum()).isEqualTo(1);
            Sheet people = workbook.getSheet("人员效能");
            assertThat(people.getLastRowNum()).isEqualTo(4);
            Row firstRow = rowOf(people, first);
            assertThat(cells(firstRow)).containsExactly("测试人员", first, "0.0", "4.0", "1.0", "2.0", "1.0",
                    "1.0", "75.0", "1.75", "1.0", "1.0", "0.0");
            assertThat(cells(rowOf(people, "clerk"))).containsExactly("李窗口", "clerk", "4.0", "0.0", "0.0",
                    "0.0", "0.0", "0.0", "", "", "0.0", "0.0", "100.0");
        }

        // both print as PDFs (their text is checked in SupervisionPdfTest)
        byte[] reportPdf = as("supervisor", () -> supervision.exportPdf(day(1), day(31), "NYJ"));
        byte[] casePdf = as("supervisor", () -> supervision.caseAnalysisPdf(numberC));
        assertThat(new String(reportPdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(casePdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // the month's ranking by cards
        assertThat(as("supervisor", () -> supervision.rankByCards(YearMonth.of(2026, 7))))
                .containsExactly(new CardRanking(1, "NYJ", "市农业农村局", 2, 1));
    }

    @Test
    void departmentHeadSeesOnlyTheirDepartmentAndApproversSeeNothing() throws Exception {
        long scj = accept("SCJ-002", "2026-11-02T09:00");
        long nyj = accept("2026-11-02T09:30");
        // both reviews were due Tue 3 November; on Wed 4 November they are overdue
        scanTwice("2026-11-04T10:00");

        Dashboard forSupervisor = as("supervisor", () -> supervision.dashboard(SupervisionFilter.ALL));
        Dashboard forHead = as("head", () -> supervision.dashboard(new SupervisionFilter("NYJ", null, null, null)));

        assertThat(forSupervisor.lateSteps()).extracting(LateStep::caseId).contains(scj, nyj);
        assertThat(forSupervisor.lateSteps()).filteredOn(s -> s.caseId() == nyj).singleElement()
                .satisfies(s -> {
                    assertThat(s.daysOver()).isEqualTo(1);
                    assertThat(s.post()).isEqualTo("行政审批科科员");
                });
        assertThat(forSupervisor.perDepartment()).extracting(CaseCounts::departmentCode).contains("SCJ", "NYJ");
        assertThat(forHead.perDepartment()).extracting(CaseCounts::departmentCode).containsExactly("SCJ");
        assertThat(forHead.lateSteps()).extracting(LateStep::departmentCode).containsOnly("SCJ");
        assertThat(forHead.lateSteps()).extracting(LateStep::caseId).contains(scj).doesNotContain(nyj);
        assertThat(forHead.overall().overdue()).isGreaterThanOrEqualTo(1);
        assertThat(as("head", () -> supervision.listDepartments())).extracting(d -> d.getCode())
                .containsExactly("SCJ");
        assertThat(as("head", () -> supervision.getCase(number(scj))).getId()).isEqualTo(scj);
        assertThatThrownBy(() -> as("head", () -> supervision.getCase(number(nyj))))
                .isInstanceOf(GovFlowException.class).hasMessage("supervision.case.otherDepartment");
        assertThat(as("head", () -> supervision.report(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                "NYJ")).departments()).extracting(EfficiencyRow::key).containsOnly("SCJ");

        assertThatThrownBy(() -> as("approver", () -> supervision.dashboard(SupervisionFilter.ALL)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> as("approver", () -> supervision.getCase(number(scj))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> as("approver", () -> supervision.report(LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), null))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> as("head", () -> supervision.urge(number(scj), 2, "请加快")))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void supervisorUrgesAStepAndTheApproverSeesIt() throws Exception {
        long scj = accept("SCJ-002", "2026-11-09T09:00");
        String number = number(scj);

        List<Urge> urges = act("supervisor", "2026-11-11T09:00",
                () -> supervision.urge(number, 2, "请于今日办结"));

        assertThat(urges).singleElement().satisfies(u -> assertThat(u.getDepartmentCode()).isEqualTo("SCJ"));
        assertThat(as("approver", () -> supervision.listUrgesToMyDepartment()))
                .extracting(Urge::getAcceptanceNumber, Urge::getNote, Urge::getUrgedBy)
                .contains(tuple(number, "请于今日办结", "supervisor"));
        assertThat(as("supervisor", () -> supervision.listUrges(number))).hasSize(1);
        assertThat(as("admin", () -> auditLog.listByAction("CASE_URGED"))).filteredOn(
                e -> e.getDetail().startsWith(number)).hasSize(1);
        assertThatThrownBy(() -> as("supervisor", () -> supervision.urge(number, 2, "  ")))
                .hasMessage("supervision.urge.noteRequired");
    }

    private long accept(String centreTime) {
        return accept(ITEM, centreTime);
    }

    private long accept(String itemCode, String centreTime) {
        Acceptance acceptance = act("clerk", centreTime, () -> cases.accept(itemCode, FARM, mandatory(itemCode)));
        return acceptance.receipt().caseId();
    }

    private void pass(String username, String centreTime, long caseId, int seq) {
        CaseStep step = step(caseId, seq);
        act(username, centreTime, () -> steps.pass(step.getId(), step.getVersion(), "同意"));
    }

    private void issue(String centreTime, long caseId, String fee) {
        LocalDate on = LocalDateTime.parse(centreTime).toLocalDate();
        act("clerk", centreTime, () -> cases.issue(caseId, read(caseId).getVersion(),
                new Issuance("农许〔2026〕" + caseId + "号", new BigDecimal(fee), "SF" + caseId, on)));
    }

    /** The deadline watch's two passes, twice over: the second changes nothing. */
    private void scanTwice(String centreTime) {
        Instant at = centre(centreTime);
        clock.set(at);
        for (int i = 0; i < 2; i++) {
            deadlines.scan(at);
            supervision.issueCards(at);
        }
    }

    /** The cards on one step of a case; later steps may get yellow lights whenever the real timer fires. */
    private List<Card> cardsOf(long caseId, int seq) {
        long stepId = step(caseId, seq).getId();
        return as("supervisor", () -> supervision.listCards(number(caseId))).stream()
                .filter(card -> card.getStepId() == stepId).toList();
    }

    private List<OutgoingMail> mails(String reference) {
        return as("admin", () -> outbox.listByReference("supervision_card", reference));
    }

    private static EfficiencyRow row(EfficiencyReport report, String key) {
        return report.people().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private static Row rowOf(Sheet sheet, String key) {
        for (Row row : sheet) {
            if (key.equals(row.getCell(1).toString())) {
                return row;
            }
        }
        throw new AssertionError("no row " + key);
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            values.add(row.getCell(i) == null ? "" : row.getCell(i).toString());
        }
        return values;
    }

    private <T> T act(String username, String centreTime, Callable<T> action) {
        clock.set(centre(centreTime));
        origin.setClientAddress("10.0.9.9");
        return as(username, action);
    }

    private static <T> T as(String username, Callable<T> action) {
        try {
            return Identities.as(username, action);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String newStaff(String department, String email, Role... roles) {
        String username = department.toLowerCase(Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        as("admin", () -> staffService.create(new StaffDetails(username, "测试人员", email, null, department,
                "行政审批科", Set.of(roles)), Identities.DEMO_PASSWORD.toCharArray()));
        return username;
    }

    private Set<Integer> mandatory(String itemCode) {
        return catalog.getPublishedVersion(itemCode).getMaterials().stream()
                .filter(Material::isMandatory)
                .map(Material::getSeq)
                .collect(Collectors.toSet());
    }

    private Case read(long caseId) {
        return as("admin", () -> cases.getCase(caseId));
    }

    private String number(long caseId) {
        return read(caseId).getAcceptanceNumber();
    }

    private CaseStep step(long caseId, int seq) {
        return read(caseId).getSteps().stream().filter(s -> s.getSeq() == seq).findFirst().orElseThrow();
    }

    private static LocalDate day(int dayOfJuly) {
        return LocalDate.of(2026, 7, dayOfJuly);
    }

    private static Instant centre(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CENTRE).toInstant();
    }
}
