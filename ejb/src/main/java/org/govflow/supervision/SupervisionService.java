package org.govflow.supervision;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govflow.audit.AuditEntry;
import org.govflow.audit.AuditLog;
import org.govflow.calendar.CalendarService;
import org.govflow.calendar.CentreClock;
import org.govflow.calendar.WorkingDayCalendar;
import org.govflow.casework.Case;
import org.govflow.casework.CaseService;
import org.govflow.casework.CaseState;
import org.govflow.casework.CaseStep;
import org.govflow.casework.StepAction;
import org.govflow.casework.StepState;
import org.govflow.catalog.CatalogService;
import org.govflow.catalog.Department;
import org.govflow.deadline.DeadlineState;
import org.govflow.mail.MailOutboxService;
import org.govflow.platform.GovFlowException;
import org.govflow.platform.NotFoundException;
import org.govflow.platform.Settings;
import org.govflow.staff.Roles;
import org.govflow.staff.Staff;
import org.govflow.staff.StaffService;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Electronic supervision of running cases. Its card pass, run by the deadline watch right after the deadline
 * scan, issues each yellow light, yellow card and red card once per run of a step and writes one mail per
 * yellow or red card to the heads of the step's department. Its reads (dashboard, case analysis, cards,
 * urges) are the supervisors' for every department and a department head's for their own department only.
 */
@Stateless
public class SupervisionService {

    /** How many steps one pass carries per kind at most; the next pass, a minute later, goes on. */
    static final int BATCH = 500;

    static final String CARD_SUBJECT = "supervision_card";
    static final String CASE_SUBJECT = "case";

    private static final Logger LOG = Logger.getLogger(SupervisionService.class.getName());

    private static final List<CaseState> OPEN_STATES = List.of(CaseState.CORRECTION, CaseState.IN_PROGRESS,
            CaseState.SUSPENDED, CaseState.TO_ISSUE);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private MailOutboxService outbox;

    @Inject
    private StaffService staffService;

    @Inject
    private CaseService caseService;

    @Inject
    private CatalogService catalog;

    @Inject
    private CalendarService calendars;

    @Inject
    private CentreClock clock;

    @Inject
    private Settings settings;

    @Resource
    private SessionContext context;

    /**
     * Issues the cards due at {@code now}: a yellow light on every running step that is warned, a yellow card
     * on every running step that is overdue, and a red card on every running step still overdue after the
     * configured number of working days past its due day (from 00:00 of the day after the last of them).
     * Each card is issued once per run of a step and audited; each yellow or red card puts one mail in the
     * outbox to the heads of the step's department who have an email address.
     */
    @PermitAll
    public CardPassResult issueCards(Instant now) {
        int lights = issue(CardKind.YELLOW_LIGHT, candidates(CardKind.YELLOW_LIGHT,
                List.of(DeadlineState.WARNED, DeadlineState.OVERDUE)), now);
        int yellow = issue(CardKind.YELLOW_CARD, candidates(CardKind.YELLOW_CARD, List.of(DeadlineState.OVERDUE)),
                now);

        WorkingDayCalendar calendar = calendars.calendar();
        int redDays = settings.redCardWorkingDays();
        List<CaseStep> red = candidates(CardKind.RED_CARD, List.of(DeadlineState.OVERDUE)).stream()
                .filter(s -> !now.isBefore(clock.overdueFrom(
                        calendar.addWorkingDays(s.getDeadline().getDueDate(), redDays).date())))
                .toList();
        int reds = issue(CardKind.RED_CARD, red, now);

        return new CardPassResult(lights, yellow, reds, yellow + reds);
    }

    private List<CaseStep> candidates(CardKind kind, List<DeadlineState> states) {
        return em.createQuery("SELECT s FROM CaseStep s JOIN FETCH s.caseFile WHERE s.state = :running"
                        + " AND s.deadline.state IN :states AND NOT EXISTS (SELECT c FROM SupervisionCard c"
                        + " WHERE c.stepId = s.id AND c.stepRun = s.runs AND c.kind = :kind) ORDER BY s.id",
                        CaseStep.class)
                .setParameter("running", StepState.RUNNING)
                .setParameter("states", states)
                .setParameter("kind", kind)
                .setMaxResults(BATCH)
                .getResultList();
    }

    private int issue(CardKind kind, List<CaseStep> steps, Instant now) {
        for (CaseStep step : steps) {
            Card card = new Card(step, kind, now);
            em.persist(card);
            String what = "case " + card.getAcceptanceNumber() + " step " + step.getSeq() + " run "
                    + step.getRuns() + " " + kind + " to " + step.getDepartmentCode();
            audit.recordAs(AuditLog.SYSTEM, "CARD_" + kind.name(), CARD_SUBJECT, card.getId(), what);
            if (kind.isMailed()) {
                mailHeads(kind, step);
            }
            LOG.info(() -> "Card issued: " + what);
        }
        em.flush();
        return steps.size();
    }

    private void mailHeads(CardKind kind, CaseStep step) {
        String recipients = staffService.listDepartmentHeadsWithEmail(step.getDepartmentCode()).stream()
                .map(Staff::getEmail)
                .distinct()
                .collect(Collectors.joining(", "));
        if (recipients.isEmpty()) {
            LOG.warning(() -> "No department head of " + step.getDepartmentCode() + " has an email address; "
                    + kind + " on step " + step.getId() + " is not mailed");
            return;
        }
        SupervisionMail mail = new SupervisionMail(settings.publicBaseUrl());
        outbox.enqueue(recipients, mail.subject(kind, step), mail.body(kind, step), "supervision_card",
                step.getCaseFile().getAcceptanceNumber() + "/" + step.getSeq() + "/" + kind);
    }

    /** The dashboard at this moment, narrowed by the filter and by the caller's scope. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT_HEAD})
    public Dashboard dashboard(SupervisionFilter filter) {
        SupervisionFilter scoped = scoped(filter == null ? SupervisionFilter.ALL : filter);
        LocalDate today = clock.today();
        List<Case> cases = casesIn(scoped, today);

        Map<String, String> departments = new LinkedHashMap<>();
        departmentsInScope(scoped).forEach(d -> departments.put(d.getCode(), d.getName()));
        List<CaseCounts> perDepartment = new ArrayList<>();
        for (Map.Entry<String, String> department : departments.entrySet()) {
            CaseCounts counts = count(cases, department.getKey(), department.getValue(), today);
            if (counts.running() + counts.suspended() + counts.closedToday() + counts.warned() > 0
                    || department.getKey().equals(scoped.departmentCode())) {
                perDepartment.add(counts);
            }
        }

        CaseCounts overall = count(cases, scoped.departmentCode(), departments.get(scoped.departmentCode()), today);
        return new Dashboard(overall, perDepartment, lateSteps(cases, scoped.departmentCode(), today));
    }

    /** The departments the caller may look at: all for a supervisor, their own for a department head. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT_HEAD})
    public List<Department> listDepartments() {
        return departmentsInScope(scoped(SupervisionFilter.ALL));
    }

    /**
     * A case for its analysis, with steps, suspensions and extensions; a department head only gets cases
     * their department leads or takes part in.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT_HEAD})
    public Case getCase(String acceptanceNumber) {
        String number = acceptanceNumber == null ? "" : acceptanceNumber.strip().toUpperCase(Locale.ROOT);
        Case found = caseService.findByAcceptanceNumber(number)
                .orElseThrow(() -> new NotFoundException("supervision.case.notFound", number));
        String department = scoped(SupervisionFilter.ALL).departmentCode();
        if (department != null && !concerns(found, department)) {
            throw new GovFlowException("supervision.case.otherDepartment", number);
        }
        return found;
    }

    /** The cards issued on a case, oldest first. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT_HEAD})
    public List<Card> listCards(String acceptanceNumber) {
        Case found = getCase(acceptanceNumber);
        return em.createNamedQuery("SupervisionCard.findByCase", Card.class)
                .setParameter("caseId", found.getId())
                .getResultList();
    }

    /** The urges sent about a case, oldest first. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT_HEAD})
    public List<Urge> listUrges(String acceptanceNumber) {
        Case found = getCase(acceptanceNumber);
        return em.createNamedQuery("SupervisionUrge.findByCase", Urge.class)
                .setParameter("caseId", found.getId())
                .getResultList();
    }

    /**
     * Urges (督办) a case, or one of its steps, with a note. The urge goes to the step's department, or for
     * the whole case to the departments of its open steps (the lead department when none is open), and is
     * audited.
     *
     * @param stepSeq the step urged, or null for the case as a whole
     * @return the urges written, one per department
     */
    @RolesAllowed(Roles.SUPERVISOR)
    public List<Urge> urge(String acceptanceNumber, Integer stepSeq, String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > Urge.MAX_NOTE) {
            throw new GovFlowException("supervision.urge.noteRequired", Urge.MAX_NOTE);
        }
        Case urged = getCase(acceptanceNumber);
        Map<String, CaseStep> targets = new LinkedHashMap<>();
        if (stepSeq != null) {
            CaseStep step = urged.getSteps().stream().filter(s -> s.getSeq() == stepSeq).findFirst()
                    .orElseThrow(() -> new NotFoundException("supervision.step.notFound", stepSeq));
            targets.put(step.getDepartmentCode(), step);
        } else {
            urged.getSteps().stream()
                    .filter(s -> s.getState() == StepState.RUNNING || s.getState() == StepState.SUSPENDED)
                    .forEach(s -> targets.putIfAbsent(s.getDepartmentCode(), null));
            if (targets.isEmpty()) {
                targets.put(urged.getDepartmentCode(), null);
            }
        }

        List<Urge> written = new ArrayList<>();
        for (Map.Entry<String, CaseStep> target : targets.entrySet()) {
            Long stepId = target.getValue() == null ? null : target.getValue().getId();
            AuditEntry entry = audit.record("CASE_URGED", CASE_SUBJECT, urged.getId(), urged.getAcceptanceNumber()
                    + (stepSeq == null ? "" : " step " + stepSeq) + " to " + target.getKey());
            Urge urge = new Urge(urged.getId(), stepId, urged.getAcceptanceNumber(), target.getKey(), text,
                    entry.getActor(), entry.getOccurredAt().toInstant());
            em.persist(urge);
            written.add(urge);
        }
        LOG.info(() -> "Case " + urged.getAcceptanceNumber() + " urged to " + targets.keySet());
        return written;
    }

    /** The urges to the caller's department, newest first: what an approver's inbox shows. */
    @RolesAllowed({Roles.APPROVER, Roles.DEPARTMENT_HEAD})
    public List<Urge> listUrgesToMyDepartment() {
        Department mine = staffService.getCurrent().getDepartment();
        if (mine == null) {
            return List.of();
        }
        return em.createNamedQuery("SupervisionUrge.findByDepartment", Urge.class)
                .setParameter("department", mine.getCode())
                .getResultList();
    }

    /**
     * The efficiency of the departments and people over the centre days {@code from} to {@code to}, for one
     * department or (a supervisor only) all; see {@link EfficiencyRow} for what each figure counts.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT_HEAD})
    public EfficiencyReport report(LocalDate from, LocalDate to, String departmentCode) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new GovFlowException("supervision.period.invalid");
        }
        String department = scoped(new SupervisionFilter(blankToNull(departmentCode), null, from, to))
                .departmentCode();
        OffsetDateTime start = clock.startOfDay(from).atOffset(ZoneOffset.UTC);
        OffsetDateTime end = clock.startOfDay(to.plusDays(1)).atOffset(ZoneOffset.UTC);

        // TODO: these reads, the dashboard's and the card pass's query casework's entities directly; give
        // casework a query service for them (the case analysis already goes through CaseService)
        List<Case> accepted = inRange("c.acceptedAt", start, end);
        List<Case> issued = inRange("c.issuedAt", start, end);
        List<StepAction> actions = em.createQuery("SELECT a FROM StepAction a JOIN FETCH a.step s"
                        + " JOIN FETCH s.caseFile WHERE a.actedAt >= :start AND a.actedAt < :end"
                        + " ORDER BY a.actedAt, a.id", StepAction.class)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList();
        List<Card> cards = em.createNamedQuery("SupervisionCard.findIssued", Card.class)
                .setParameter("from", start)
                .setParameter("until", end)
                .getResultList();
        if (department != null) {
            accepted = accepted.stream().filter(c -> c.getDepartmentCode().equals(department)).toList();
            issued = issued.stream().filter(c -> c.getDepartmentCode().equals(department)).toList();
            actions = actions.stream().filter(a -> a.getStep().getDepartmentCode().equals(department)
                    || a.getStep().getCaseFile().getDepartmentCode().equals(department)).toList();
            cards = cards.stream().filter(c -> c.getDepartmentCode().equals(department)).toList();
        }

        Map<String, String> departments = new LinkedHashMap<>();
        departmentsInScope(new SupervisionFilter(department, null, null, null))
                .forEach(d -> departments.put(d.getCode(), d.getName()));
        Map<String, String> people = new LinkedHashMap<>();
        em.createQuery("SELECT s.username, s.fullName FROM Staff s", Object[].class).getResultList()
                .forEach(row -> people.put((String) row[0], (String) row[1]));
        Efficiency efficiency = new Efficiency(accepted, issued, actions, cards,
                c -> clock.dateOf(c.getIssuedAt().toInstant()));
        return new EfficiencyReport(from, to, department, efficiency.departments(departments),
                efficiency.people(people));
    }

    /** An efficiency report as an Excel workbook (.xlsx). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT_HEAD})
    public byte[] exportExcel(LocalDate from, LocalDate to, String departmentCode) {
        return new EfficiencyWorkbook().write(report(from, to, departmentCode));
    }

    /** An efficiency report as a PDF. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT_HEAD})
    public byte[] exportPdf(LocalDate from, LocalDate to, String departmentCode) {
        return new SupervisionPdf(settings.zone()).report(report(from, to, departmentCode));
    }

    /** The printable analysis of a case: steps, actions, suspensions, cards and urges. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT_HEAD})
    public byte[] caseAnalysisPdf(String acceptanceNumber) {
        Case found = getCase(acceptanceNumber);
        List<StepAction> actions = caseService.listActions(found.getId());
        return new SupervisionPdf(settings.zone()).caseAnalysis(found, actions, listCards(acceptanceNumber),
                listUrges(acceptanceNumber));
    }

    /** The departments ranked by the cards issued to them in a month, the most red and then yellow first. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT_HEAD})
    public List<CardRanking> rankByCards(YearMonth month) {
        String department = scoped(SupervisionFilter.ALL).departmentCode();
        List<Card> cards = em.createNamedQuery("SupervisionCard.findIssued", Card.class)
                .setParameter("from", clock.startOfDay(month.atDay(1)).atOffset(ZoneOffset.UTC))
                .setParameter("until", clock.startOfDay(month.plusMonths(1).atDay(1)).atOffset(ZoneOffset.UTC))
                .getResultList();
        Map<String, List<Card>> byDepartment = cards.stream()
                .filter(c -> c.getKind() != CardKind.YELLOW_LIGHT)
                .filter(c -> department == null || c.getDepartmentCode().equals(department))
                .collect(Collectors.groupingBy(Card::getDepartmentCode));

        List<CardRanking> unranked = byDepartment.values().stream()
                .map(list -> new CardRanking(0, list.get(0).getDepartmentCode(), list.get(0).getDepartmentName(),
                        list.stream().filter(c -> c.getKind() == CardKind.YELLOW_CARD).count(),
                        list.stream().filter(c -> c.getKind() == CardKind.RED_CARD).count()))
                .sorted(Comparator.comparingLong(CardRanking::redCards).reversed()
                        .thenComparing(Comparator.comparingLong(CardRanking::yellowCards).reversed())
                        .thenComparing(CardRanking::departmentCode))
                .toList();
        List<CardRanking> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            CardRanking r = unranked.get(i);
            ranked.add(new CardRanking(i + 1, r.departmentCode(), r.departmentName(), r.yellowCards(),
                    r.redCards()));
        }
        return ranked;
    }

    private List<Case> inRange(String field, OffsetDateTime start, OffsetDateTime end) {
        return em.createQuery("SELECT c FROM ApprovalCase c WHERE " + field + " >= :start AND " + field
                        + " < :end ORDER BY c.id", Case.class)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The filter as the caller may use it: a department head (who is no supervisor) sees their department. */
    SupervisionFilter scoped(SupervisionFilter filter) {
        if (context.isCallerInRole(Roles.SUPERVISOR)) {
            return filter;
        }
        Department mine = staffService.getCurrent().getDepartment();
        if (mine == null) {
            throw new GovFlowException("supervision.scope.noDepartment");
        }
        return filter.forDepartment(mine.getCode());
    }

    private List<Department> departmentsInScope(SupervisionFilter scoped) {
        return catalog.listDepartments().stream()
                .filter(d -> scoped.departmentCode() == null || d.getCode().equals(scoped.departmentCode()))
                .toList();
    }

    /** Open cases and cases closed today, accepted within the filter's period, of its item and department. */
    private List<Case> casesIn(SupervisionFilter filter, LocalDate today) {
        // TODO: count in SQL rather than in memory once a centre keeps tens of thousands of open cases
        List<Case> cases = new ArrayList<>(em.createQuery("SELECT DISTINCT c FROM ApprovalCase c"
                        + " LEFT JOIN FETCH c.steps"
                        + " WHERE c.state IN :open OR (c.state = :closed AND c.issuedAt >= :from)", Case.class)
                .setParameter("open", OPEN_STATES)
                .setParameter("closed", CaseState.CLOSED)
                .setParameter("from", clock.startOfDay(today).atOffset(ZoneOffset.UTC))
                .getResultList());
        Predicate<Case> keep = c -> c.getAcceptedAt() != null;
        if (filter.itemCode() != null && !filter.itemCode().isBlank()) {
            keep = keep.and(c -> c.getItemCode().equals(filter.itemCode()));
        }
        if (filter.from() != null) {
            keep = keep.and(c -> !clock.dateOf(c.getAcceptedAt().toInstant()).isBefore(filter.from()));
        }
        if (filter.to() != null) {
            keep = keep.and(c -> !clock.dateOf(c.getAcceptedAt().toInstant()).isAfter(filter.to()));
        }
        if (filter.departmentCode() != null) {
            keep = keep.and(c -> concerns(c, filter.departmentCode()));
        }
        cases.removeIf(keep.negate());
        return cases;
    }

    private CaseCounts count(List<Case> cases, String department, String name, LocalDate today) {
        List<Case> mine = department == null ? cases
                : cases.stream().filter(c -> concerns(c, department)).toList();
        long running = mine.stream().filter(c -> c.getState() == CaseState.IN_PROGRESS).count();
        long warned = mine.stream().filter(c -> hasRunningStep(c, department, DeadlineState.WARNED)).count();
        long overdue = mine.stream().filter(c -> hasRunningStep(c, department, DeadlineState.OVERDUE)).count();
        long suspended = mine.stream().filter(c -> c.getState() == CaseState.SUSPENDED).count();
        long closedToday = mine.stream().filter(c -> c.getState() == CaseState.CLOSED
                && clock.dateOf(c.getIssuedAt().toInstant()).equals(today)).count();
        return new CaseCounts(department, name, running, warned, overdue, suspended, closedToday);
    }

    private List<LateStep> lateSteps(List<Case> cases, String department, LocalDate today) {
        WorkingDayCalendar calendar = calendars.calendar();
        return cases.stream()
                .flatMap(c -> c.getSteps().stream())
                .filter(s -> s.getState() == StepState.RUNNING)
                .filter(s -> s.getDeadline().getState() != DeadlineState.ON_TIME)
                .filter(s -> department == null || s.getDepartmentCode().equals(department))
                .map(s -> lateStep(s, calendar, today))
                .sorted(Comparator.comparingInt(LateStep::daysOver).reversed()
                        .thenComparing(LateStep::dueDate).thenComparing(LateStep::stepId))
                .toList();
    }

    private static LateStep lateStep(CaseStep step, WorkingDayCalendar calendar, LocalDate today) {
        Case caseFile = step.getCaseFile();
        LocalDate due = step.getDeadline().getDueDate();
        int over = due == null || !today.isAfter(due) ? 0 : calendar.workingDaysBetween(due, today);
        return new LateStep(caseFile.getId(), caseFile.getAcceptanceNumber(), caseFile.getItemName(), step.getId(),
                step.getSeq(), step.getName(), step.getDepartmentCode(), step.getDepartmentName(), step.getPost(),
                step.getPerson(), step.getDeadline().getState(), due, over);
    }

    private static boolean hasRunningStep(Case caseFile, String department, DeadlineState state) {
        return caseFile.getSteps().stream().anyMatch(s -> s.getState() == StepState.RUNNING
                && s.getDeadline().getState() == state
                && (department == null || s.getDepartmentCode().equals(department)));
    }

    /** Whether a department leads the case or handles one of its steps. */
    static boolean concerns(Case caseFile, String department) {
        return Objects.equals(caseFile.getDepartmentCode(), department)
                || caseFile.getSteps().stream().anyMatch(s -> s.getDepartmentCode().equals(department));
    }
}
