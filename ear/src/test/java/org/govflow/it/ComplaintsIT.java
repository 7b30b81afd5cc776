package org.govflow.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaints as people meet them, against the packaged EAR with its real outbox timer and a GreenMail server
 * standing in for the mailboxes: a citizen files a complaint (correcting a refused field), the centre
 * assigns, answers and closes it, the citizen reads the answer; complaint text never turns into markup.
 */
class ComplaintsIT extends ApplicationDeployment {

    /** The outbox timer runs every ten seconds; a mail may wait for a retry after a failed first attempt. */
    private static final Duration MAIL_WAIT = Duration.ofSeconds(90);

    @RegisterExtension
    static final GreenMailExtension MAILBOXES = new GreenMailExtension(new ServerSetup(
            Integer.parseInt(System.getProperty("govflow.test.smtp-port", "3125")), "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @Test
    void citizenFilesSupervisorHandlesAndCitizenReadsTheAnswer() throws Exception {
        String text = "我在A12窗口办理营业执照变更，工作人员态度生硬，让我来回跑了三趟。" + UUID.randomUUID();
        String reply = "经核实，已对A12窗口工作人员批评教育，并安排专人为您办理。";

        try (Browser browser = new Browser(BASE_URL)) {
            // The public link leads to the form; a wrong phone number is refused and nothing typed is lost
            browser.open("index.xhtml");
            browser.clickAndWaitForPage("#navForm a[href$='/complaint/file-complaint.xhtml']");
            fillComplaint(browser, "A12 窗口", "办事效率", text);
            browser.type("#complaintForm\\:name", "李四")
                    .type("#complaintForm\\:phone", "12345")
                    .type("#complaintForm\\:email", "lisi@example.com")
                    .clickAndWaitForAjax("#complaintForm\\:submit");

            assertThat(browser.text("#complaintForm")).contains("联系电话格式不正确", "请更正标出的内容");
            assertThat(browser.find("#complaintForm\\:content").getAttribute("value")).isEqualTo(text);
            assertThat(browser.find("#complaintForm\\:window").getAttribute("value")).isEqualTo("A12 窗口");
            assertThat(browser.find("#complaintForm\\:name").getAttribute("value")).isEqualTo("李四");
            assertThat(browser.find("#complaintForm\\:email").getAttribute("value")).isEqualTo("lisi@example.com");
            assertThat(browser.text("#complaintForm\\:category_label")).isEqualTo("办事效率");

            browser.type("#complaintForm\\:phone", "13800138000").clickAndWaitForAjax("#complaintForm\\:submit");

            String number = browser.text("#complaintForm\\:receiptNumber");
            String password = browser.text("#complaintForm\\:receiptPassword");
            assertThat(number).matches("TS-\\d{4}-[0-9A-Z]{8}");
            assertThat(password).hasSize(10);

            // The centre mailbox receives the notice through the outbox timer
            MimeMessage notice = awaitMail(number, "centre@govflow.local");
            assertThat(notice.getSubject()).isEqualTo("【投诉】" + number + " 办事效率：窗口或岗位：A12 窗口");
            assertThat((String) notice.getContent())
                    .contains(text, "/staff/complaints/complaint.xhtml?number=" + number);

            // The supervisor finds it, sees the notice sent, assigns it to the discipline inspection office
            browser.signIn("supervisor", DEMO_PASSWORD).open("staff/complaints/complaints.xhtml");
            assertThat(browser.text("#complaintsForm\\:complaintsTable")).contains(number, "待交办", "已发送");
            browser.clickAndWaitForPage("a[href*='number=" + number + "']");
            assertThat(browser.text("#content")).isEqualTo(text);
            assertThat(browser.text("#complainant")).contains("李四", "13800138000");
            browser.find("label[for='assignForm:handlerKind:1']").click();
            browser.clickAndWaitForPage("#assignForm\\:assign");
            assertThat(browser.text("#status")).isEqualTo("办理中");
            assertThat(browser.text("#handler")).isEqualTo("纪检监察室");

            // ... answers it (the page keeps what was typed when a field is missing) and closes it
            browser.type("#answerForm\\:findings", "经调取窗口录像核实，情况属实。")
                    .clickAndWaitForPage("#answerForm\\:answer");
            assertThat(browser.text("#answerForm")).contains("请填写答复内容");
            assertThat(browser.find("#answerForm\\:findings").getAttribute("value")).isEqualTo("经调取窗口录像核实，情况属实。");
            browser.type("#answerForm\\:reply", reply).clickAndWaitForPage("#answerForm\\:answer");
            assertThat(browser.text("#status")).isEqualTo("已答复");
            browser.clickAndWaitForPage("#closeForm\\:close");
            assertThat(browser.text("#status")).isEqualTo("已办结");
            assertThat(browser.text("#mailTable")).contains("通知中心邮箱", "答复投诉人");
            browser.signOut();

            // The citizen reads the answer: a wrong password gets the same message as a wrong number
            browser.open("complaint/follow-up.xhtml");
            browser.type("#followUpForm\\:number", number).type("#followUpForm\\:password", "WRONGPASS2")
                    .clickAndWaitForAjax("#followUpForm\\:query");
            assertThat(browser.text("#followUpForm\\:messages")).contains("投诉编号或查询密码不正确");
            browser.type("#followUpForm\\:number", "TS-2026-00000000").type("#followUpForm\\:password", password)
                    .clickAndWaitForAjax("#followUpForm\\:query");
            assertThat(browser.text("#followUpForm\\:messages")).contains("投诉编号或查询密码不正确");
            browser.type("#followUpForm\\:number", number).type("#followUpForm\\:password", password)
                    .clickAndWaitForAjax("#followUpForm\\:query");
            assertThat(browser.text("#followUpForm\\:status")).isEqualTo("已办结");
            assertThat(browser.text("#followUpForm\\:reply")).isEqualTo(reply);

            // ... and gets it by mail
            MimeMessage replyMail = awaitMail("您的投诉 " + number + " 已答复", "lisi@example.com");
            assertThat((String) replyMail.getContent()).contains(reply).doesNotContain("录像");
        }
    }

    @Test
    void complaintTextIsShownToStaffAsTextNeverAsMarkup() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String text = "<script>alert(1)</script><b id=\"injected\">粗体</b><img src=x onerror=\"alert(2)\"> " + marker;

        try (Browser browser = new Browser(BASE_URL)) {
            browser.open("complaint/file-complaint.xhtml");
            fillComplaint(browser, "B07 窗口", "服务态度", text);
            browser.clickAndWaitForAjax("#complaintForm\\:anonymous .ui-chkbox-box");
            browser.clickAndWaitForAjax("#complaintForm\\:submit");
            String number = browser.text("#complaintForm\\:receiptNumber");

            browser.signIn("supervisor", DEMO_PASSWORD).open("staff/complaints/complaints.xhtml");
            assertThat(browser.text("#complaintsForm\\:complaintsTable")).contains("<script>alert(1)</script>");
            assertNothingInjected(browser);

            browser.clickAndWaitForPage("a[href*='number=" + number + "']");
            assertThat(browser.text("#content")).isEqualTo(text);
            assertNothingInjected(browser);
        }
    }

    @Test
    void complaintLinkIsPublicAndHandlingIsForCentreStaffAndDepartmentHeads() throws Exception {
        try (Browser browser = new Browser(BASE_URL)) {
            browser.open("index.xhtml");
            assertThat(menuLinks(browser)).contains("/complaint/file-complaint.xhtml")
                    .doesNotContain("/staff/complaints/complaints.xhtml");

            for (String account : List.of("admin", "supervisor", "inspector", "head")) {
                browser.signIn(account, DEMO_PASSWORD);
                assertThat(menuLinks(browser)).as(account)
                        .contains("/complaint/file-complaint.xhtml", "/staff/complaints/complaints.xhtml");
                browser.signOut();
            }

            // telephone complaints are recorded by the centre's staff, not by a department head
            browser.signIn("head", DEMO_PASSWORD).open("staff/complaints/phone-complaint.xhtml");
            assertThat(browser.text("h1")).isEqualTo("无权访问");
            browser.open("index.xhtml").signOut();

            browser.signIn("clerk", DEMO_PASSWORD);
            assertThat(menuLinks(browser)).doesNotContain("/staff/complaints/complaints.xhtml");
            browser.open("staff/complaints/complaints.xhtml");
            assertThat(browser.pageText()).doesNotContain("投诉处理");
        }
    }

    static void fillComplaint(Browser browser, String window, String category, String text) {
        browser.clickAndWaitForAjax("label[for='complaintForm:targetKind:2']");
        browser.type("#complaintForm\\:window", window);
        choose(browser, "complaintForm:category", category);
        browser.type("#complaintForm\\:content", text);
    }

    /**
     * Picks an option of a PrimeFaces select menu by clicking, once its panel has finished sliding open. On a
     * loaded machine the first click can reach the menu while an earlier ajax update still replaces it, so
     * the whole pick is tried up to three times.
     */
    private static void choose(Browser browser, String menuId, String label) {
        String menu = "#" + menuId.replace(":", "\\:");
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        for (int attempt = 1; ; attempt++) {
            try {
                browser.waitForAjax();
                browser.find(menu).click();
                wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "var p = jQuery(arguments[0]); return p.is(':visible') && !p.is(':animated');",
                        browser.find(menu + "_panel"))));
                browser.find(menu + "_items li[data-label='" + label + "']").click();
                wait.until(d -> label.equals(browser.text(menu + "_label")));
                return;
            } catch (WebDriverException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static void assertNothingInjected(Browser browser) {
        assertThat(ExpectedConditions.alertIsPresent().apply(browser.driver())).as("no alert").isNull();
        assertThat(browser.driver().findElements(By.id("injected"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("img[src='x']"))).isEmpty();
        Object injectedScript = ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.scripts).some(s => s.text.includes('alert(1)'));");
        assertThat(injectedScript).isEqualTo(Boolean.FALSE);
    }

    private static List<String> menuLinks(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#navForm a[href]")).stream()
                .map(a -> a.getAttribute("href"))
                .map(href -> href.substring(href.indexOf('/', "http://".length())))
                .toList();
    }

    /** Waits for the outbox timer to deliver a mail whose subject contains the text, to the recipient. */
    private static MimeMessage awaitMail(String subject, String recipient) throws Exception {
        List<MimeMessage> found = List.of();
        long end = System.nanoTime() + MAIL_WAIT.toNanos();
        while (found.isEmpty() && System.nanoTime() < end) {
            found = Arrays.stream(MAILBOXES.getReceivedMessages())
                    .filter(m -> subjectOf(m).contains(subject) && recipientsOf(m).contains(recipient))
                    .toList();
            if (found.isEmpty()) {
                Thread.sleep(1000);
            }
        }
        assertThat(found).as("mail about %s to %s", subject, recipient).hasSize(1);
        return found.get(0);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipientsOf(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
