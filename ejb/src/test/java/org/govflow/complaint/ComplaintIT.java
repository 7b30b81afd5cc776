package org.govflow.complaint;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.govflow.audit.AuditEntry;
import org.govflow.audit.AuditLog;
import org.govflow.audit.RequestOrigin;
import org.govflow.calendar.CalendarService;
import org.govflow.mail.MailOutbox;
import org.govflow.mail.MailOutboxService;
import org.govflow.mail.MailStatus;
import org.govflow.mail.OutgoingMail;
import org.govflow.platform.GovFlowException;
import org.govflow.platform.NotFoundException;
import org.govflow.platform.Settings;
import org.govflow.staff.Role;
import org.govflow.staff.StaffDetails;
import org.govflow.staff.StaffService;
import org.govflow.testing.Identities;
import org.govflow.testing.MailServer;
import org.govflow.testing.RollingBackFiler;
import org.govflow.testing.ServiceDeployment;
import org.govflow.testing.TestDepartments;
import org.govflow.testing.TimerProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.govflow.testing.Identities.as;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Complaints end to end inside the server: filing with its limits and rules, the notice through the mail
 * outbox to a real SMTP server (GreenMail, started and stopped by the tests), the rollback that leaves no
 * mail, and handling by the centre, the department head and the discipline inspection office.
 */
class ComplaintIT extends ServiceDeployment {

    private static final String HANDLER_PASSWORD = "Handler2026";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    @Inject
    private ComplaintService complaints;

    @Inject
    private MailOutboxService outbox;

    @Inject
    private AuditLog auditLog;

    @Inject
    private RequestOrigin origin;

    @Inject
    private StaffService staffService;

    @Inject
    private Settings settings;

    @Inject
    private CalendarService calendars;

    @Inject
    private TestDepartments departments;

    @Inject
    private TimerProbe timers;

    @Inject
    private RollingBackFiler rollingBackFiler;

    @Resource(lookup = "java:jboss/mail/GovFlow")
    private Session mailSession;

    @BeforeEach
    void departmentsExist() {
        departments.ensure("SCJ", "市市场监督管理局");
        departments.ensure("FGW", "市发展和改革委员会");
    }

    @Test
    void chineseComplaintReachesTheCentreMailboxEncodedAsUtf8() throws Exception {
        try (MailServer mailbox = MailServer.start()) {
            ComplaintReceipt receipt = complaints.fileOnline(draft("窗口工作人员态度生硬，让我来回跑了三趟。"), newAddress());

            List<MimeMessage> received = mailbox.awaitMessagesAbout(receipt.getNumber(), outbox::deliverDue, MAIL_WAIT);

            assertThat(received).hasSize(1);
            MimeMessage message = received.get(0);
            assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                    .containsExactly(settings.centreMailbox());
            assertThat(message.getSubject()).isEqualTo("【投诉】" + receipt.getNumber() + " 服务态度：市市场监督管理局");
            assertThat(message.getHeader("Subject", null)).startsWithIgnoringCase("=?UTF-8?");
            assertThat(message.getContentType()).containsIgnoringCase("charset=UTF-8");
            assertThat((String) message.getContent()).contains(
                    "投诉编号：" + receipt.getNumber(),
                    "窗口工作人员态度生硬，让我来回跑了三趟。",
                    "投诉人：张三，电话 13800138000",
                    settings.publicBaseUrl() + "/staff/complaints/complaint.xhtml?number=" + receipt.getNumber());
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            assertThat(raw.toString(StandardCharsets.ISO_8859_1)).as("every header and the body are 7-bit encoded")
                    .matches("[\\x00-\\x7F]*");
        }
    }

    @Test
    void complaintStaysPendingWhileSmtpIsDownAndArrivesExactlyOnceWhenItIsBack() throws Exception {
        ComplaintReceipt receipt = complaints.fileOnline(draft("办事效率太低。"), newAddress());
        OffsetDateTime firstPass = OffsetDateTime.now(ZoneOffset.UTC);

        outbox.deliverDue(firstPass);

        OutgoingMail pending = noticeOf(receipt.getNumber());
        assertThat(pending.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(pending.getAttempts()).isGreaterThanOrEqualTo(1);
        assertThat(pending.getNextAttemptAt()).isAfter(firstPass);
        assertThat(pending.getLastError()).isNotBlank().doesNotContain("@");
        assertThat(as("supervisor", () -> complaints.get(receipt.getNumber())).getStatus())
                .isEqualTo(ComplaintStatus.RECEIVED);

        try (MailServer mailbox = MailServer.start()) {
            // past any back-off, as if the outbox timer ran some minutes later
            OffsetDateTime later = OffsetDateTime.now(ZoneOffset.UTC).plus(OutgoingMail.LONGEST_RETRY).plusSeconds(1);
            List<MimeMessage> received = mailbox.awaitMessagesAbout(receipt.getNumber(),
                    () -> outbox.deliverDue(later), MAIL_WAIT);
            outbox.deliverDue(later.plus(OutgoingMail.LONGEST_RETRY));

            assertThat(received).hasSize(1);
            assertThat(mailbox.messagesAbout(receipt.getNumber())).as("no second copy").hasSize(1);
            OutgoingMail sent = noticeOf(receipt.getNumber());
            assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
            assertThat(sent.getSentAt()).isNotNull();
        }
    }

    @Test
    void complaintWhoseTransactionRollsBackIsNeverMailed() throws Exception {
        RollingBackFiler.Aborted aborted = assertThrows(RollingBackFiler.Aborted.class,
                () -> rollingBackFiler.fileThenFail(draft("这条投诉所在的事务会回滚。"), newAddress()));
        String number = aborted.getNumber();

        try (MailServer mailbox = MailServer.start()) {
            outbox.deliverDue(OffsetDateTime.now(ZoneOffset.UTC).plus(OutgoingMail.LONGEST_RETRY));

            assertThat(mailbox.messagesAbout(number)).isEmpty();
        }
        assertThat(as("supervisor", () -> outbox.listByReference(ComplaintService.SUBJECT, number))).isEmpty();
        assertThatThrownBy(() -> as("supervisor", () -> complaints.get(number)))
                .isInstanceOf(NotFoundException.class);
        assertThat(as("admin", () -> auditLog.listBySubject(ComplaintService.SUBJECT, number))).isEmpty();
    }

    @Test
    void mailOutboxTimerIsPersistentAndRunsEveryTenSeconds() {
        List<String> described = timers.describeTimers();

        assertThat(described).contains(MailOutbox.TIMER_INFO + "|true|*/10 * *");
    }

    @Test
    void mailSessionGivesUpOnASilentSmtpServerInsteadOfHanging() {
        assertThat(mailSession.getProperty("mail.smtp.connectiontimeout")).isEqualTo("10000");
        assertThat(mailSession.getProperty("mail.smtp.timeout")).isEqualTo("30000");
        assertThat(mailSession.getProperty("mail.smtp.port")).isEqualTo(System.getProperty("jboss.mail.server.port"));
    }

    @Test
    void onlineFilingIsLimitedPerClientAddressAndHour() throws Exception {
        String address = newAddress();
        int limit = settings.complaintHourlyLimit();
        for (int i = 0; i < limit; i++) {
            complaints.fileOnline(draft("第 " + (i + 1) + " 件投诉"), address);
        }
        String marker = "超出限制的投诉 " + UUID.randomUUID();

        assertThatThrownBy(() -> complaints.fileOnline(draft(marker), address))
                .isInstanceOf(GovFlowException.class)
                .hasFieldOrPropertyWithValue("messageKey", "complaint.throttled");

        assertThat(as("supervisor", () -> complaints.listForCurrentStaff(true)))
                .extracting(Complaint::getContent).doesNotContain(marker);
        assertThat(complaints.fileOnline(draft("另一地址不受影响"), newAddress()).getNumber()).startsWith("TS-");
    }

    @Test
    void invalidComplaintIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        String marker = "格式错误的投诉 " + UUID.randomUUID();
        ComplaintDraft draft = draft(marker);
        draft.setPhone("12345");
        draft.setEmail("zhangsan@");
        ComplaintDraft unknownDepartment = draft(marker);
        unknownDepartment.setDepartment("NOSUCH");

        assertThatThrownBy(() -> complaints.fileOnline(draft, newAddress()))
                .isInstanceOfSatisfying(InvalidComplaintException.class, e -> assertThat(e.getProblems())
                        .containsEntry("phone", "complaint.phone.invalid")
                        .containsEntry("email", "complaint.email.invalid")
                        .hasSize(2));
        assertThatThrownBy(() -> complaints.fileOnline(unknownDepartment, newAddress()))
                .isInstanceOfSatisfying(InvalidComplaintException.class, e -> assertThat(e.getProblems())
                        .containsOnlyKeys("department"));
        assertThat(as("supervisor", () -> complaints.listForCurrentStaff(true)))
                .extracting(Complaint::getContent).doesNotContain(marker);
    }

    @Test
    void complainantFollowsUpWithNumberAndPasswordWhichIsStoredOnlyAsAHash() throws Exception {
        ComplaintReceipt receipt = complaints.fileOnline(anonymous("匿名投诉：收费不透明。"), newAddress());
        ComplaintReceipt other = complaints.fileOnline(anonymous("另一件投诉"), newAddress());

        Complaint stored = as("supervisor", () -> complaints.get(receipt.getNumber()));

        assertThat(receipt.getNumber()).matches("TS-\\d{4}-[0-9A-HJKMNP-TV-Z]{8}");
        assertThat(stored.isAnonymous()).isTrue();
        assertThat(stored.getComplainantName()).isNull();
        assertThat(stored.getPasswordHash()).startsWith("$2").doesNotContain(receipt.getPassword());
        assertThat(complaints.followUp(receipt.getNumber(), receipt.getPassword()))
                .hasValueSatisfying(f -> assertThat(f.getStatus()).isEqualTo(ComplaintStatus.RECEIVED));
        String typedNumber = " " + receipt.getNumber().toLowerCase() + " ";
        assertThat(complaints.followUp(typedNumber, receipt.getPassword().toLowerCase())).isPresent();
        assertThat(complaints.followUp(receipt.getNumber(), other.getPassword())).isEmpty();
        assertThat(complaints.followUp("TS-2026-00000000", receipt.getPassword())).isEmpty();
        assertThat(complaints.followUp(null, null)).isEmpty();
    }

    @Test
    void fiveWrongFollowUpPasswordsLockTheNumberEvenForTheRightOne() throws Exception {
        origin.setClientAddress(newAddress());
        ComplaintReceipt receipt = complaints.fileOnline(anonymous("查询锁定测试"), newAddress());
        ComplaintReceipt other = complaints.fileOnline(anonymous("另一件"), newAddress());

        for (int i = 0; i < 5; i++) {
            assertThat(complaints.followUp(receipt.getNumber(), other.getPassword())).isEmpty();
        }
        assertThatThrownBy(() -> complaints.followUp(receipt.getNumber(), receipt.getPassword()))
                .isInstanceOf(GovFlowException.class)
                .hasFieldOrPropertyWithValue("messageKey", "complaint.followUp.locked");
        // another number from the same address is still answered
        assertThat(complaints.followUp(other.getNumber(), other.getPassword())).isPresent();
    }

    @Test
    void centreAssignsDepartmentHeadAnswersComplainantIsMailedAndCentreCloses() throws Exception {
        String head = newDepartmentHead("SCJ");
        String otherHead = newDepartmentHead("FGW");
        ComplaintReceipt receipt = complaints.fileOnline(draft("市场监管窗口乱收费。"), newAddress());
        String number = receipt.getNumber();

        Complaint assigned = as("supervisor", () -> complaints.assign(number, HandlerKind.DEPARTMENT, "SCJ", 5));

        LocalDate today = LocalDate.now(settings.clock());
        assertThat(assigned.getStatus()).isEqualTo(ComplaintStatus.ASSIGNED);
        assertThat(assigned.getDueDate()).isEqualTo(calendars.calendar().addWorkingDays(today, 5).date());
        assertThat(asStaff(head, () -> complaints.listForCurrentStaff(false)))
                .extracting(Complaint::getNumber).contains(number);
        assertThat(asStaff(otherHead, () -> complaints.listForCurrentStaff(false)))
                .extracting(Complaint::getNumber).doesNotContain(number);
        assertThatThrownBy(() -> asStaff(otherHead, () -> complaints.answer(number, "无", "无")))
                .isInstanceOf(GovFlowException.class)
                .hasFieldOrPropertyWithValue("messageKey", "complaint.notYourDepartment");

        Complaint answered = asStaff(head, () -> complaints.answer(number,
                "经核实，窗口人员多收了复印费。", "已退还多收费用，并对相关人员批评教育。"));

        assertThat(answered.getStatus()).isEqualTo(ComplaintStatus.ANSWERED);
        assertThat(answered.getAnsweredBy()).isEqualTo(head);
        assertThat(complaints.followUp(number, receipt.getPassword())).hasValueSatisfying(f -> {
            assertThat(f.getStatus()).isEqualTo(ComplaintStatus.ANSWERED);
            assertThat(f.getReply()).isEqualTo("已退还多收费用，并对相关人员批评教育。");
        });
        assertThatThrownBy(() -> asStaff(head, () -> complaints.close(number)))
                .isInstanceOf(EJBAccessException.class);

        Complaint closed = as("supervisor", () -> complaints.close(number));

        assertThat(closed.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(as("admin", () -> auditLog.listBySubject(ComplaintService.SUBJECT, number)))
                .extracting(AuditEntry::getAction, AuditEntry::getActor)
                .containsExactly(
                        tuple("COMPLAINT_FILED", "anonymous"),
                        tuple("COMPLAINT_ASSIGNED", "supervisor"),
                        tuple("COMPLAINT_ANSWERED", head),
                        tuple("COMPLAINT_CLOSED", "supervisor"));

        try (MailServer mailbox = MailServer.start()) {
            List<MimeMessage> replies = mailbox.awaitMessagesAbout("您的投诉 " + number + " 已答复",
                    outbox::deliverDue, MAIL_WAIT);

            assertThat(replies).hasSize(1);
            assertThat(replies.get(0).getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                    .containsExactly("zhangsan@example.com");
            assertThat((String) replies.get(0).getContent())
                    .contains("已退还多收费用，并对相关人员批评教育。").doesNotContain("复印费");
        }
    }

    @Test
    void overdueListHoldsUnansweredComplaintsPastTheirDueDate() throws Exception {
        String number = complaints.fileOnline(draft("纪检：工作人员索要好处。"), newAddress()).getNumber();
        Complaint assigned = as("supervisor", () -> complaints.assign(number, HandlerKind.DISCIPLINE_OFFICE, null, 1));
        LocalDate due = assigned.getDueDate();

        assertThat(as("supervisor", () -> complaints.listOverdue(due))).extracting(Complaint::getNumber)
                .doesNotContain(number);
        assertThat(as("inspector", () -> complaints.listOverdue(due.plusDays(1)))).extracting(Complaint::getNumber)
                .contains(number);

        as("inspector", () -> complaints.answer(number, "属实，已移交处理。", "您反映的问题已查实并处理。"));

        assertThat(as("supervisor", () -> complaints.listOverdue(due.plusDays(1)))).extracting(Complaint::getNumber)
                .doesNotContain(number);
        assertThatThrownBy(() -> as("head", () -> complaints.listOverdue(due)))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void supervisorTakesTelephoneComplaintsButWindowClerkMayNot() throws Exception {
        ComplaintDraft draft = draft("电话投诉：窗口午休提前关闭。");
        draft.setTargetKind(TargetKind.WINDOW);
        draft.setDepartment(null);
        draft.setWindow("B05 窗口");

        ComplaintReceipt receipt = as("supervisor", () -> complaints.recordPhoneComplaint(draft));

        Complaint stored = as("supervisor", () -> complaints.get(receipt.getNumber()));
        assertThat(stored.getChannel()).isEqualTo(ComplaintChannel.PHONE);
        assertThat(stored.getRecordedBy()).isEqualTo("supervisor");
        assertThat(stored.getTargetReference()).isEqualTo("B05 窗口");
        assertThat(noticeOf(receipt.getNumber()).getSubject()).contains("窗口或岗位：B05 窗口");
        assertThatThrownBy(() -> as("clerk", () -> complaints.recordPhoneComplaint(draft)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> as("clerk", () -> complaints.listForCurrentStaff(false)))
                .isInstanceOf(EJBAccessException.class);
    }

    private OutgoingMail noticeOf(String number) throws Exception {
        List<OutgoingMail> mails = as("supervisor", () -> outbox.listByReference(ComplaintService.SUBJECT, number));
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private String newDepartmentHead(String departmentCode) throws Exception {
        String username = "h" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        as("admin", () -> staffService.create(new StaffDetails(username, "测试科长", null, null, departmentCode,
                "科长", Set.of(Role.DEPARTMENT_HEAD)), HANDLER_PASSWORD.toCharArray()));
        return username;
    }

    private static <T> T asStaff(String username, Callable<T> action) throws Exception {
        return Identities.signIn(username, HANDLER_PASSWORD).runAs(action);
    }

    private static ComplaintDraft draft(String content) {
        ComplaintDraft draft = new ComplaintDraft();
        draft.setTargetKind(TargetKind.DEPARTMENT);
        draft.setDepartment("SCJ");
        draft.setCategory(ComplaintCategory.SERVICE_ATTITUDE);
        draft.setContent(content);
        draft.setName("张三");
        draft.setPhone("13800138000");
        draft.setEmail("zhangsan@example.com");
        return draft;
    }

    private static ComplaintDraft anonymous(String content) {
        ComplaintDraft draft = draft(content);
        draft.setAnonymous(true);
        return draft;
    }

    /** A client address no other test uses, so the hourly limit of one test never touches another. */
    private static String newAddress() {
        return "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "."
                + (int) (Math.random() * 250);
    }
}
