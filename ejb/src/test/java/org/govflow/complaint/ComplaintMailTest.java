package org.govflow.complaint;

import org.govflow.catalog.Department;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintMailTest {

    private static final OffsetDateTime RECEIVED = OffsetDateTime.of(2026, 3, 2, 1, 30, 0, 0, ZoneOffset.UTC);

    private final ComplaintMail mail = new ComplaintMail(ZoneId.of("Asia/Shanghai"), "https://zwfw.example.gov.cn");

    @Test
    void noticeNamesNumberCategoryAndDepartmentInChinese() {
        Complaint complaint = complaint(TargetKind.DEPARTMENT, null);

        assertThat(mail.noticeSubject(complaint)).isEqualTo("【投诉】TS-2026-ABCD2345 服务态度：市市场监督管理局");
    }

    @Test
    void noticeBodyCarriesTheTextAsWrittenAndTheStaffLink() {
        Complaint complaint = complaint(TargetKind.DEPARTMENT, null);
        complaint.identify("张三", "13800138000", "zhangsan@example.com");

        String body = mail.noticeBody(complaint);

        assertThat(body).contains("投诉编号：TS-2026-ABCD2345", "收到时间：2026-03-02 09:30", "投诉渠道：网上投诉",
                "投诉人：张三，电话 13800138000，邮箱 zhangsan@example.com",
                "窗口人员说“{0}”不归我管 <b>态度</b>",
                "https://zwfw.example.gov.cn/staff/complaints/complaint.xhtml?number=TS-2026-ABCD2345");
    }

    @Test
    void caseAndWindowTargetsAreDescribed() {
        assertThat(mail.concerns(complaint(TargetKind.CASE, "SL-2026-000123"))).isEqualTo("办件（受理编号 SL-2026-000123）");
        assertThat(mail.concerns(complaint(TargetKind.WINDOW, "A12"))).isEqualTo("窗口或岗位：A12");
        assertThat(mail.noticeBody(complaint(TargetKind.WINDOW, "A12"))).contains("投诉人：匿名");
    }

    @Test
    void replyGreetsTheComplainantAndPointsToTheFollowUpPage() {
        Complaint complaint = complaint(TargetKind.DEPARTMENT, null);
        complaint.identify("张三", "13800138000", "zhangsan@example.com");
        complaint.assign(HandlerKind.DISCIPLINE_OFFICE, null, 5, RECEIVED.toLocalDate().plusDays(7), false,
                "supervisor", RECEIVED);
        complaint.answer("经核实属实", "已对相关人员批评教育。", "supervisor", RECEIVED.plusDays(1));

        assertThat(mail.replySubject(complaint)).isEqualTo("您的投诉 TS-2026-ABCD2345 已答复");
        assertThat(mail.replyBody(complaint)).startsWith("张三，您好：")
                .contains("已对相关人员批评教育。", "https://zwfw.example.gov.cn/complaint/follow-up.xhtml")
                .doesNotContain("经核实属实");
    }

    private static Complaint complaint(TargetKind kind, String reference) {
        Department department = kind == TargetKind.DEPARTMENT ? new Department("SCJ", "市市场监督管理局") : null;
        return new Complaint("TS-2026-ABCD2345", ComplaintChannel.ONLINE, ComplaintCategory.SERVICE_ATTITUDE, kind,
                department, reference, "窗口人员说“{0}”不归我管 <b>态度</b>", "$2a$10$hash", RECEIVED);
    }
}
