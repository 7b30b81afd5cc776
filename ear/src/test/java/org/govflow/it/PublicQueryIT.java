package org.govflow.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public query, announcement and statistics pages as a citizen without an account meets them, on the
 * packaged EAR: staff move two real cases along (one left running, one closed), and the citizen follows both
 * from the receipt's QR code link on a phone, through a lost session, to the lock after six wrong passwords.
 * The published lists, feed and figures are open to all and survive a lost session; every page passes axe-core.
 * Each citizen comes through the test server's trusted proxy (loopback) with an address of its own, so the
 * per-address throttle of one test never counts another's tries.
 */
class PublicQueryIT extends ApplicationDeployment {

    /** The item of both cases; after 受理 its flow runs 审查 and 审核 (approver), 决定 (head), then 出件. */
    private static final String ITEM = "SCJ-001";
    private static final String NOT_FOUND = "受理编号或查询密码不正确";
    private static final String LOCKED = "查询失败次数过多";
    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    private static final Random RANDOM = new Random();

    @Test
    void citizenFollowsARunningAndAClosedCaseFromTheQrCodeAndIsLockedOutAfterSixWrongPasswords()
            throws Exception {
        StaffDesk.Receipt running;
        StaffDesk.Receipt closed;
        String document = "（市）登记内设字〔2026〕第" + (1000 + RANDOM.nextInt(9000)) + "号";
        try (Browser staff = new Browser(BASE_URL)) {
            running = StaffDesk.accept(staff, ITEM, "李小红", "11010519491231002X");
            closed = StaffDesk.accept(staff, ITEM, "赵大同", "11010519491231002X");
            StaffDesk.passFromInbox(staff, "approver", running.number(), "审查");
            StaffDesk.passFromInbox(staff, "approver", closed.number(), "审查");
            StaffDesk.passFromInbox(staff, "approver", closed.number(), "审核");
            StaffDesk.passFromInbox(staff, "head", closed.number(), "决定");
            StaffDesk.issue(staff, closed.number(), document);
        }
        String citizenAddress = citizenAddress();

        try (Browser citizen = new Browser(BASE_URL)) {
            // A phone, no session: straight from the receipt's QR code, the number is filled in
            citizen.forwardedFor(citizenAddress);
            citizen.driver().manage().window().setSize(new Dimension(375, 812));
            citizen.open("query.xhtml?no=" + running.number());
            assertThat(citizen.text("h1")).isEqualTo("办件进度查询");
            assertThat(citizen.find("#queryForm\\:number").getAttribute("value")).isEqualTo(running.number());
            assertThat(citizen.find("label[for='queryForm:number']").getText()).contains("受理编号");
            assertThat(citizen.find("label[for='queryForm:password']").getText()).contains("查询密码");
            assertThat(citizen.scrollsSideways()).as("query page scrolls sideways on a phone").isFalse();
            assertThat(Accessibility.seriousViolations(citizen.driver())).as("axe, empty query page").isEmpty();

            // The running case: first step passed, the second under way with its due date, the last not begun
            citizen.type("#queryForm\\:password", running.password()).clickAndWaitForAjax("#queryForm\\:query");
            assertThat(citizen.text("#queryForm\\:state")).isEqualTo("办理中");
            assertThat(citizen.text("#queryForm\\:resultItem")).isEqualTo("有限责任公司设立登记");
            assertThat(citizen.text("#queryForm\\:promisedDue")).matches(DATE);
            assertThat(citizen.text(".gf-current")).contains("审核", "市市场监督管理局").containsPattern(
                    "办理期限：" + DATE);
            assertThat(timelineRow(citizen, "受理")).contains("综合受理窗口").containsPattern("提前|按时");
            assertThat(timelineRow(citizen, "审查")).contains("通过").containsPattern("提前|按时");
            assertThat(timelineRow(citizen, "审核")).contains("办理中").doesNotContain("通过");
            assertThat(timelineRow(citizen, "决定")).contains("未开始").doesNotContain("通过");
            assertThat(citizen.pageText()).doesNotContain("审批结论");
            assertThat(citizen.scrollsSideways()).as("query result scrolls sideways on a phone").isFalse();
            assertThat(Accessibility.seriousViolations(citizen.driver())).as("axe, running case").isEmpty();

            // The session is lost (expired cookie) before the next form post: the closed case still answers
            citizen.loseSession();
            citizen.type("#queryForm\\:number", closed.number())
                    .type("#queryForm\\:password", closed.password())
                    .clickAndWaitForAjax("#queryForm\\:query");
            assertThat(citizen.pageText()).doesNotContain("过期", "expired", "Exception");
            assertThat(citizen.text("#queryForm\\:state")).isEqualTo("已办结");
            assertThat(citizen.text("#queryForm\\:decision")).isEqualTo("准予许可");
            assertThat(citizen.text("#queryForm\\:completion")).matches("提前|按时");
            assertThat(citizen.text("#queryForm\\:document")).isEqualTo(document);
            assertThat(citizen.text("#queryForm\\:daysUsed")).matches("\\d+");
            for (String step : List.of("审查", "审核", "决定")) {
                assertThat(timelineRow(citizen, step)).contains("通过").containsPattern("提前|按时");
            }
            assertThat(citizen.pageText()).doesNotContain("当前环节");
            assertThat(citizen.find("#queryForm\\:score")).isNotNull();
            assertThat(Accessibility.seriousViolations(citizen.driver())).as("axe, closed case").isEmpty();

            // Six wrong passwords for the running case: five get the one message, the sixth the lock
            citizen.type("#queryForm\\:number", running.number());
            for (int attempt = 1; attempt <= 5; attempt++) {
                citizen.type("#queryForm\\:password", "wrong-" + attempt).clickAndWaitForAjax("#queryForm\\:query");
                assertThat(citizen.text("#queryForm\\:messages")).contains(NOT_FOUND).doesNotContain(LOCKED);
            }
            citizen.type("#queryForm\\:password", "wrong-6").clickAndWaitForAjax("#queryForm\\:query");
            assertThat(citizen.text("#queryForm\\:messages")).contains(LOCKED, "15 分钟");

            // While locked, even the right password is refused, and nothing of the case shows
            citizen.type("#queryForm\\:password", running.password()).clickAndWaitForAjax("#queryForm\\:query");
            assertThat(citizen.text("#queryForm\\:messages")).contains(LOCKED);
            assertThat(citizen.pageText()).doesNotContain("办理过程", "Exception");
        }

        // The lock is audited under the address the trusted proxy forwarded, not the proxy's own
        try (Browser admin = new Browser(BASE_URL)) {
            admin.signIn("admin", DEMO_PASSWORD).open("admin/audit.xhtml");
            assertThat(admin.text("//tr[td[contains(.,'no:" + running.number() + "')]]"))
                    .contains(citizenAddress).doesNotContain("127.0.0.1");
        }
    }

    @Test
    void announcementsFeedAndStatisticsAreOpenToEveryoneAndSurviveALostSession() throws Exception {
        try (Browser browser = new Browser(BASE_URL)) {
            browser.forwardedFor(citizenAddress());
            browser.open("index.xhtml");
            assertThat(browser.text("#navForm")).contains("办件查询", "结果公告", "统计公开");

            browser.clickAndWaitForPage("#navForm a[href$='/announcements.xhtml']");
            assertThat(browser.text("h1")).isEqualTo("审批结果公告");
            assertThat(Accessibility.seriousViolations(browser.driver())).as("axe, announcements").isEmpty();
            browser.loseSession();
            browser.type("#searchForm\\:item", "不存在的事项").clickAndWaitForAjax("#searchForm\\:search");
            assertThat(browser.text("#searchForm\\:results")).contains("没有符合条件的公告");
            assertThat(browser.pageText()).doesNotContain("过期", "expired", "Exception");

            browser.clickAndWaitForPage("#navForm a[href$='/statistics.xhtml']");
            assertThat(browser.text("h1")).isEqualTo("办件统计公开");
            assertThat(browser.pageText()).contains("全中心合计", "按时办结率", "累计节省工作日");
            assertThat(Accessibility.seriousViolations(browser.driver())).as("axe, statistics").isEmpty();
            browser.loseSession();
            browser.clickAndWaitForAjax("#statisticsForm\\:show");
            assertThat(browser.text("#statisticsForm\\:centreAccepted")).matches("\\d+");
            assertThat(browser.pageText()).doesNotContain("过期", "expired", "Exception");
        }

        HttpResponse<byte[]> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(BASE_URL + "announcements.atom")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.toLowerCase(Locale.ROOT)).startsWith("application/atom+xml").contains("utf-8"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document atom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body()));
        Element root = atom.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent())
                .isEqualTo("政务服务中心审批结果公告");
    }

    /** The timeline's row of a step, as the citizen reads it. */
    private static String timelineRow(Browser browser, String stepName) {
        return browser.text("//tbody[@id='queryForm:timeline_data']/tr[td[1][contains(.,'" + stepName + "')]]");
    }

    /** An address of the IPv6 documentation range that no other test uses. */
    private static String citizenAddress() {
        return "2001:db8::" + Integer.toHexString(1 + RANDOM.nextInt(0xfffe)) + ":"
                + Integer.toHexString(1 + RANDOM.nextInt(0xfffe));
    }
}
