package org.govflow.complaint;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.govflow.audit.AuditLog;
import org.govflow.calendar.CalendarService;
import org.govflow.calendar.Deadline;
import org.govflow.catalog.CatalogService;
import org.govflow.catalog.Department;
import org.govflow.mail.MailOutboxService;
import org.govflow.platform.GovFlowException;
import org.govflow.platform.NotFoundException;
import org.govflow.platform.Settings;
import org.govflow.query.QueryThrottle;
import org.govflow.staff.PasswordHasher;
import org.govflow.staff.Roles;
import org.govflow.staff.StaffService;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Owns complaints. Filing stores the complaint and its notice to the centre's mailbox in one transaction
 * (the mail goes out later through the outbox, so the complainant never waits for SMTP); online filing is
 * limited per client address and hour. Centre staff (supervisors, administrators) take telephone
 * complaints, assign, close and watch deadlines; a department head answers only for their department.
 */
@Stateless
public class ComplaintService {

    /** The audit subject type, and the outbox reference type of the notice to the centre's mailbox. */
    public static final String SUBJECT = "complaint";

    /** The outbox reference type of the reply mailed to the complainant. */
    public static final String REPLY_MAIL = "complaint-reply";

    /** The longest handling limit, in working days. */
    public static final int MAX_LIMIT_DAYS = 60;

    static final Duration THROTTLE_WINDOW = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(ComplaintService.class.getName());
    private static final int MAX_ANSWER = 2000;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private QueryThrottle throttle;

    @Inject
    private CatalogService catalogService;

    @Inject
    private AuditLog audit;

    @Inject
    private MailOutboxService outbox;

    @Inject
    private StaffService staffService;

    @Inject
    private Settings settings;

    @Inject
    private CalendarService calendars;

    /**
     * Files a complaint from the public form. The client address counts towards the hourly limit; past it,
     * the complaint is refused and nothing is stored.
     */
    @PermitAll
    public ComplaintReceipt fileOnline(ComplaintDraft draft, String clientAddress) {
        check(draft);
        String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
        OffsetDateTime now = now();

        long recent = em.createNamedQuery("Complaint.countFromAddressSince", Long.class)
                .setParameter("address", address)
                .setParameter("channel", ComplaintChannel.ONLINE)
                .setParameter("since", now.minus(THROTTLE_WINDOW))
                .getSingleResult();
        int limit = settings.complaintHourlyLimit();
        if (recent >= limit) {
            LOG.info("Online complaint refused: hourly limit per client address reached");
            throw new GovFlowException("complaint.throttled", limit);
        }

        return file(draft, ComplaintChannel.ONLINE, address, now);
    }

    /** Records a complaint that a member of the centre's staff took on the telephone. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMINISTRATOR})
    public ComplaintReceipt recordPhoneComplaint(ComplaintDraft draft) {
        check(draft);
        return file(draft, ComplaintChannel.PHONE, null, now());
    }

    /**
     * Where a complaint stands, for whoever holds its number and password. A wrong number and a wrong
     * password look the same from outside, and take the same time. Failed tries count against the number and
     * the caller's address exactly as the public case query's do, and lock them the same way.
     *
     * @throws GovFlowException {@code complaint.followUp.locked} past the limits, checked before any hashing
     */
    @PermitAll
    public Optional<ComplaintFollowUp> followUp(String number, String password) {
        String normalised = ComplaintCodes.normalizeNumber(number);
        Instant now = Instant.now();
        if (throttle.isLocked(normalised, now)) {
            LOG.fine("Complaint follow-up refused: too many failed tries");
            throw new GovFlowException("complaint.followUp.locked");
        }
        Optional<Complaint> complaint = find(normalised);
        String hash = complaint.map(Complaint::getPasswordHash).orElseGet(UnknownNumber::hash);

        boolean matches = PasswordHasher.matches(ComplaintCodes.normalizePassword(password).toCharArray(), hash);
        if (!matches || complaint.isEmpty()) {
            LOG.fine("Complaint follow-up refused: wrong number or password");
            throttle.recordFailure(normalised, now);
            return Optional.empty();
        }
        return complaint.map(ComplaintFollowUp::of);
    }

    /** The departments a complaint may concern, for the public form. */
    @PermitAll
    public List<Department> listDepartments() {
        return catalogService.listDepartments().stream()
                .filter(Department::isActive)
                .toList();
    }

    /**
     * The complaints the caller works on, newest first: all of them for centre staff, those assigned to
     * their own department for a department head.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMINISTRATOR, Roles.DEPARTMENT_HEAD})
    public List<Complaint> listForCurrentStaff(boolean includeClosed) {
        if (isCentreStaff()) {
            return (includeClosed ? em.createNamedQuery("Complaint.findAll", Complaint.class)
                    : em.createNamedQuery("Complaint.findOpen", Complaint.class)
                            .setParameter("closed", ComplaintStatus.CLOSED))
                    .getResultList();
        }

        Department own = staffService.getCurrent().getDepartment();
        if (own == null) {
            return List.of();
        }
        return (includeClosed ? em.createNamedQuery("Complaint.findByHandlerDepartment", Complaint.class)
                : em.createNamedQuery("Complaint.findOpenByHandlerDepartment", Complaint.class)
                        .setParameter("closed", ComplaintStatus.CLOSED))
                .setParameter("department", own)
                .getResultList();
    }

    /** A complaint the caller may see; a department head sees only those assigned to their department. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMINISTRATOR, Roles.DEPARTMENT_HEAD})
    public Complaint get(String number) {
        Complaint complaint = find(ComplaintCodes.normalizeNumber(number))
                .orElseThrow(() -> new NotFoundException("complaint.notFound", number));
        if (!isCentreStaff() && !complaint.isHandledBy(staffService.getCurrent().getDepartment())) {
            throw new NotFoundException("complaint.notFound", number);
        }
        return complaint;
    }

    /**
     * Assigns a complaint to a department or to the discipline inspection office. The due date is the
     * {@code limitDays}-th working day after today in the centre's zone, on the official calendar.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMINISTRATOR})
    public Complaint assign(String number, HandlerKind kind, String departmentCode, int limitDays) {
        Complaint complaint = getForUpdate(number);
        if (kind == null) {
            throw new GovFlowException("complaint.handler.required");
        }
        if (limitDays < 1 || limitDays > MAX_LIMIT_DAYS) {
            throw new GovFlowException("complaint.limitDays.invalid", 1, MAX_LIMIT_DAYS);
        }
        Department department = kind == HandlerKind.DEPARTMENT ? department(departmentCode) : null;

        LocalDate today = LocalDate.now(settings.clock());
        Deadline due = calendars.calendar().addWorkingDays(today, limitDays);
        if (!due.isComplete()) {
            LOG.log(Level.WARNING, "Complaint {0} due {1}: no official calendar for {2}, counted on weekends alone",
                    new Object[] {complaint.getNumber(), due.date(), due.missingYears()});
        }
        complaint.assign(kind, department, limitDays, due.date(), !due.isComplete(), caller(), now());

        audit.record("COMPLAINT_ASSIGNED", SUBJECT, complaint.getNumber(), "handler=" + kind
                + (department == null ? "" : " department=" + department.getCode())
                + " limit=" + limitDays + " due=" + due.date());
        LOG.log(Level.INFO, "Complaint {0} assigned to {1}, due {2}",
                new Object[] {complaint.getNumber(), department == null ? kind : department.getCode(), due.date()});
        return complaint;
    }

    /**
     * Records the handler's findings and the reply to the complainant, who gets the reply by mail when
     * they left an address. Supervisors answer any complaint, a department head only their department's.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMINISTRATOR, Roles.DEPARTMENT_HEAD})
    public Complaint answer(String number, String findings, String reply) {
        Complaint complaint = getForUpdate(number);
        if (!isCentreStaff() && !complaint.isHandledBy(staffService.getCurrent().getDepartment())) {
            throw new GovFlowException("complaint.notYourDepartment", complaint.getNumber());
        }
        requireText(findings, "complaint.findings.required", "complaint.findings.tooLong");
        requireText(reply, "complaint.reply.required", "complaint.reply.tooLong");

        complaint.answer(findings.strip(), reply.strip(), caller(), now());
        if (complaint.getComplainantEmail() != null) {
            ComplaintMail mail = mail();
            outbox.enqueue(complaint.getComplainantEmail(), mail.replySubject(complaint),
                    mail.replyBody(complaint), REPLY_MAIL, complaint.getNumber());
        }

        audit.record("COMPLAINT_ANSWERED", SUBJECT, complaint.getNumber(),
                complaint.getComplainantEmail() == null ? "no reply mail" : "reply mailed");
        LOG.log(Level.INFO, "Complaint {0} answered", complaint.getNumber());
        return complaint;
    }

    /** Closes an answered complaint. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMINISTRATOR})
    public Complaint close(String number) {
        Complaint complaint = getForUpdate(number);

        complaint.close(caller(), now());

        audit.record("COMPLAINT_CLOSED", SUBJECT, complaint.getNumber(), null);
        LOG.log(Level.INFO, "Complaint {0} closed", complaint.getNumber());
        return complaint;
    }

    /**
     * Complaints received at or after {@code from} and before {@code to}, per department (the handling one,
     * else the one complained about), with how many are answered; for the published statistics.
     */
    @PermitAll
    public List<ComplaintCount> countByDepartment(OffsetDateTime from, OffsetDateTime to) {
        List<Object[]> rows = em.createQuery("SELECT h.code, t.code, COUNT(c), "
                        + "SUM(CASE WHEN c.answeredAt IS NULL THEN 0 ELSE 1 END) FROM Complaint c "
                        + "LEFT JOIN c.handlerDepartment h LEFT JOIN c.targetDepartment t "
                        + "WHERE c.receivedAt >= :from AND c.receivedAt < :to GROUP BY h.code, t.code", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String code = row[0] != null ? (String) row[0] : (String) row[1];
            long[] sums = counts.computeIfAbsent(code, c -> new long[2]);
            sums[0] += ((Number) row[2]).longValue();
            sums[1] += row[3] == null ? 0 : ((Number) row[3]).longValue();
        }
        return counts.entrySet().stream()
                .map(e -> new ComplaintCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /**
     * Complaints received, assigned, answered or closed after an instant (all when it is null), oldest
     * first: a page of what the discipline inspection system has not synchronised yet. Only other systems'
     * accounts read this list.
     */
    @RolesAllowed(Roles.INTEROP_CLIENT)
    public List<Complaint> listChangedSince(OffsetDateTime since, int first, int max) {
        return changedSince(em.createQuery("SELECT c FROM Complaint c"
                + changedAfter(since) + " ORDER BY c.receivedAt, c.id", Complaint.class), since)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(max)
                .getResultList();
    }

    @RolesAllowed(Roles.INTEROP_CLIENT)
    public long countChangedSince(OffsetDateTime since) {
        return changedSince(em.createQuery("SELECT COUNT(c) FROM Complaint c" + changedAfter(since), Long.class),
                since).getSingleResult();
    }

    private static String changedAfter(OffsetDateTime since) {
        return since == null ? "" : " WHERE c.receivedAt > :since OR c.assignedAt > :since"
                + " OR c.answeredAt > :since OR c.closedAt > :since";
    }

    private static <T> TypedQuery<T> changedSince(TypedQuery<T> query, OffsetDateTime since) {
        return since == null ? query : query.setParameter("since", since);
    }

    /** Assigned complaints still unanswered after their due date, the longest overdue first. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMINISTRATOR})
    public List<Complaint> listOverdue(LocalDate today) {
        return em.createNamedQuery("Complaint.findOverdue", Complaint.class)
                .setParameter("assigned", ComplaintStatus.ASSIGNED)
                .setParameter("today", today)
                .getResultList();
    }

    private ComplaintReceipt file(ComplaintDraft draft, ComplaintChannel channel, String clientAddress,
                                  OffsetDateTime now) {
        Department department = draft.getTargetKind() == TargetKind.DEPARTMENT
                ? findDepartment(draft.getDepartment())
                        .orElseThrow(() -> new InvalidComplaintException(
                                Map.of("department", "complaint.department.notFound")))
                : null;
        String password = ComplaintCodes.newPassword();

        Complaint complaint = new Complaint(uniqueNumber(now), channel, draft.getCategory(), draft.getTargetKind(),
                department, department == null ? draft.targetReference() : null, draft.getContent(),
                PasswordHasher.hash(password.toCharArray()), now);
        if (!draft.isAnonymous()) {
            complaint.identify(draft.getName().strip(), draft.getPhone().strip(),
                    draft.getEmail() == null || draft.getEmail().isBlank() ? null : draft.getEmail().strip());
        }
        if (channel == ComplaintChannel.ONLINE) {
            complaint.setSubmittedFrom(clientAddress);
        } else {
            complaint.setRecordedBy(caller());
        }
        em.persist(complaint);

        ComplaintMail mail = mail();
        outbox.enqueue(settings.centreMailbox(), mail.noticeSubject(complaint), mail.noticeBody(complaint),
                SUBJECT, complaint.getNumber());

        audit.record("COMPLAINT_FILED", SUBJECT, complaint.getNumber(),
                "channel=" + channel + " category=" + complaint.getCategory());
        LOG.log(Level.INFO, "Complaint {0} filed ({1})", new Object[] {complaint.getNumber(), channel});
        return new ComplaintReceipt(complaint.getNumber(), password);
    }

    private static void check(ComplaintDraft draft) {
        Map<String, String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new InvalidComplaintException(problems);
        }
    }

    private static void requireText(String text, String requiredKey, String tooLongKey) {
        if (text == null || text.isBlank()) {
            throw new GovFlowException(requiredKey);
        }
        if (text.strip().length() > MAX_ANSWER) {
            throw new GovFlowException(tooLongKey, MAX_ANSWER);
        }
    }

    /** A number no complaint has yet; with 32^8 possibilities a repeat is rare, but it is checked. */
    private String uniqueNumber(OffsetDateTime now) {
        int year = now.atZoneSameInstant(settings.zone()).getYear();
        String number;
        do {
            number = ComplaintCodes.newNumber(year);
        } while (find(number).isPresent());
        return number;
    }

    private Optional<Complaint> find(String number) {
        return em.createNamedQuery("Complaint.findByNumber", Complaint.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    /** A complaint locked until the transaction ends, so two members of staff cannot act on it at once. */
    private Complaint getForUpdate(String number) {
        return em.createNamedQuery("Complaint.findByNumber", Complaint.class)
                .setParameter("number", ComplaintCodes.normalizeNumber(number))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("complaint.notFound", number));
    }

    private Optional<Department> findDepartment(String code) {
        return code == null ? Optional.empty()
                : em.createNamedQuery("Department.findByCode", Department.class)
                        .setParameter("code", code.strip())
                        .getResultStream()
                        .findFirst();
    }

    private Department department(String code) {
        return findDepartment(code).orElseThrow(() -> new GovFlowException("complaint.handlerDepartment.required"));
    }

    private boolean isCentreStaff() {
        return context.isCallerInRole(Roles.SUPERVISOR) || context.isCallerInRole(Roles.ADMINISTRATOR);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private ComplaintMail mail() {
        return new ComplaintMail(settings.zone(), settings.publicBaseUrl());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A real bcrypt hash that no password matches, checked when the number is unknown to spend the same time. */
    private static final class UnknownNumber {

        private static final String HASH = PasswordHasher.hash(ComplaintCodes.newPassword().toCharArray());

        static String hash() {
            return HASH;
        }
    }
}
