package org.govflow.it;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remote approval as staff meet it in the browser: a window clerk accepts an SCJ item, the SCJ approver and
 * head pass every step from their inbox, the clerk issues the decision, and the case is closed. Each role
 * sees only its own casework menus.
 */
class CaseworkIT extends ApplicationDeployment {

    /** SCJ-001 有限责任公司设立登记: steps 审查 and 审核 for approvers, 决定 for the head, all in SCJ. */
    private static final String ITEM = "SCJ-001";

    private static final Map<String, List<String>> CASEWORK_MENUS = Map.of(
            "clerk", List.of("/staff/window/accept.xhtml", "/staff/window/queue.xhtml",
                    "/staff/window/issue.xhtml"),
            "approver", List.of("/staff/approval/inbox.xhtml"),
            "head", List.of("/staff/approval/inbox.xhtml"),
            "admin", List.of("/admin/calendar.xhtml"),
            "supervisor", List.of());

    private static final List<String> ALL_MENUS = List.of("/staff/window/accept.xhtml",
            "/staff/window/queue.xhtml", "/staff/window/issue.xhtml", "/staff/approval/inbox.xhtml",
            "/admin/calendar.xhtml");

    @Test
    void clerkAcceptsApproversPassEveryStepClerkIssuesAndTheCaseIsClosed() throws Exception {
        try (Browser browser = new Browser(BASE_URL)) {
            // The clerk picks the item, enters the applicant and ticks every material
            browser.signIn("clerk", DEMO_PASSWORD).open("staff/window/accept.xhtml");
            browser.type("#acceptForm\\:item_input", ITEM);
            browser.clickAndWaitForAjax("//li[contains(@class,'ui-autocomplete-item') and contains(.,'"
                    + ITEM + "')]");
            assertThat(browser.text("#itemName")).contains(ITEM, "有限责任公司设立登记");
            browser.type("#acceptForm\\:applicantName", "王小明")
                    .type("#acceptForm\\:idNumber", "110105194912310021")
                    .type("#acceptForm\\:phone", "13800138000");
            browser.clickAndWaitForAjax("#acceptForm\\:receiveAll");

            // A wrong check character is refused, and nothing typed is lost
            browser.clickAndWaitForAjax("#acceptForm\\:accept");
            assertThat(browser.text("#acceptForm\\:messages")).contains("居民身份证号码不正确");
            assertThat(browser.find("#acceptForm\\:applicantName").getAttribute("value")).isEqualTo("王小明");

            browser.type("#acceptForm\\:idNumber", "11010519491231002X");
            browser.clickAndWaitForAjax("#acceptForm\\:accept");
            String number = browser.text("#acceptForm\\:acceptanceNumber");
            assertThat(number).matches("SL[0-9]{8}[0-9A-HJKMNP-TV-Z]{6}");
            assertThat(browser.text("#acceptForm\\:queryPassword")).matches("[2-9A-HJKMNP-Z]{8}");
            assertThat(browser.find("#qrCode").getAttribute("src")).startsWith("data:image/png;base64,");
            assertThat(browser.text("#acceptForm\\:queryUrl")).endsWith("/query.xhtml?no=" + number);
            browser.signOut();

            // The approver passes the review steps, the head the decision, each from the inbox
            StaffDesk.passFromInbox(browser, "approver", number, "审查");
            StaffDesk.passFromInbox(browser, "approver", number, "审核");
            StaffDesk.passFromInbox(browser, "head", number, "决定");

            // The clerk issues the licence at the window
            StaffDesk.issue(browser, number, "（市）登记内设字〔2026〕第1号");

            browser.signIn("clerk", DEMO_PASSWORD).open("staff/case.xhtml?no=" + number);
            assertThat(browser.text("#caseForm\\:caseState")).isEqualTo("已办结");
            assertThat(browser.pageText()).contains("准予许可");
            assertThat(browser.text("#caseForm\\:history")).contains("受理", "通过", "出件", "clerk", "approver",
                    "head");
            assertThat(browser.text("#caseForm\\:daysUsed")).contains("实际用时");
        }
    }

    @Test
    void clerkChecksAnApplicationFromAnotherSystemInTheQueueAndAcceptsIt() throws Exception {
        String body = "{\"itemCode\":\"" + ITEM + "\",\"externalReference\":\"QUEUE-IT-1\",\"applicant\":"
                + "{\"kind\":\"PERSON\",\"name\":\"孙队列\",\"idNumber\":\"11010519491231002X\","
                + "\"phone\":\"13800138000\"}}";
        HttpResponse<String> submitted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(BASE_URL + "api/v1/applications"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("interop:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(submitted.statusCode()).isEqualTo(201);
        Matcher reference = Pattern.compile("\"trackingReference\":\"(SQ[0-9A-Z]+)\"").matcher(submitted.body());
        assertThat(reference.find()).isTrue();

        try (Browser browser = new Browser(BASE_URL)) {
            browser.signIn("clerk", DEMO_PASSWORD).open("staff/window/queue.xhtml");
            // the reference the other system was given, typed into the queue's filter
            browser.type("#queueForm\\:submitted\\:reference\\:filter", reference.group(1));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
                List<WebElement> rows = d.findElements(By.cssSelector("#queueForm\\:submitted_data > tr"));
                return rows.size() == 1 && rows.get(0).getText().contains(reference.group(1));
            });
            browser.waitForAjax();
            browser.clickAndWaitForPage("//tr[contains(., '" + reference.group(1) + "')]"
                    + "//a[contains(@href, 'submitted=')]");
            assertThat(browser.text("#acceptForm\\:submission")).contains(reference.group(1), "QUEUE-IT-1");
            assertThat(browser.text("#submittedApplicant")).contains("孙队列", "11010519491231002X");
            browser.clickAndWaitForAjax("#acceptForm\\:receiveAll");
            browser.clickAndWaitForAjax("#acceptForm\\:accept");
            assertThat(browser.text("#acceptForm\\:acceptanceNumber")).matches("SL[0-9]{8}[0-9A-HJKMNP-TV-Z]{6}");

            browser.open("staff/window/queue.xhtml");
            assertThat(browser.text("#queueForm\\:submitted")).doesNotContain(reference.group(1));
        }
    }

    @Test
    void aWrongOrMissingNumberInTheAddressIsSaidOnThePage() throws Exception {
        try (Browser browser = new Browser(BASE_URL)) {
            browser.signIn("clerk", DEMO_PASSWORD).open("staff/case.xhtml?no=SL20260101NOPE00");
            assertThat(browser.text("#caseForm\\:messages")).contains("SL20260101NOPE00");
            browser.open("staff/case.xhtml");
            assertThat(browser.text("#caseForm\\:messages")).contains("网址中缺少编号");
            browser.open("staff/window/accept.xhtml?submitted=abc");
            assertThat(browser.text("#acceptForm\\:messages")).contains("abc");
            browser.signOut();

            browser.signIn("approver", DEMO_PASSWORD).open("staff/approval/task.xhtml?step=abc");
            assertThat(browser.text("#taskForm\\:messages")).contains("abc");
            browser.open("staff/approval/task.xhtml?step=99999999");
            assertThat(browser.text("#taskForm\\:messages")).isNotBlank();
            browser.signOut();

            browser.signIn("supervisor", DEMO_PASSWORD).open("staff/complaints/complaint.xhtml");
            assertThat(browser.text("#messages")).contains("网址中缺少编号");
            browser.open("staff/supervision/case.xhtml");
            assertThat(browser.pageText()).contains("网址中缺少编号");
        }
    }

    @Test
    void clerkPrintsTheReceiptAfterAcceptingAndTheOneTimeNoticeAfterDeclining() throws Exception {
        try (Browser browser = new Browser(BASE_URL)) {
            browser.signIn("clerk", DEMO_PASSWORD).open("staff/window/accept.xhtml?item=" + ITEM);
            browser.type("#acceptForm\\:applicantName", "李华")
                    .type("#acceptForm\\:idNumber", "11010519491231002X")
                    .type("#acceptForm\\:phone", "13800138001");
            browser.clickAndWaitForAjax("#acceptForm\\:receiveAll");
            browser.clickAndWaitForAjax("#acceptForm\\:accept");
            String number = browser.text("#acceptForm\\:acceptanceNumber");
            String password = browser.text("#acceptForm\\:queryPassword");

            String receipt = pdfText(browser.download("#acceptForm\\:receiptPdf"));
            assertThat(receipt).contains("受理回执", number, password, ITEM, "李华", "承诺办结日期", "法定办结日期",
                    "/query.xhtml?no=" + number);

            // The next applicant brings none of the materials and is declined with the one-time notice
            browser.open("staff/window/accept.xhtml?item=" + ITEM);
            browser.type("#acceptForm\\:applicantName", "张伟")
                    .type("#acceptForm\\:idNumber", "11010519491231002X")
                    .type("#acceptForm\\:phone", "13800138002");
            browser.clickAndWaitForAjax("#acceptForm\\:decline");
            browser.clickAndWaitForAjax("//button[contains(@class,'ui-confirmdialog-yes')]");
            List<String> missing = browser.driver().findElements(By.cssSelector("[id$='declined'] li")).stream()
                    .map(li -> li.getText().strip()).toList();
            assertThat(missing).isNotEmpty();

            String notice = pdfText(browser.download("#acceptForm\\:noticePdf"));
            assertThat(notice).contains("一次性告知单", "张伟", "告知日期");
            // a long name wraps inside its table cell, so the text is compared without line breaks
            String unwrapped = notice.replaceAll("\\s", "");
            assertThat(missing).allSatisfy(name -> assertThat(unwrapped).contains(name.replaceAll("\\s", "")));
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void eachRoleSeesOnlyItsCaseworkMenus() throws Exception {
        try (Browser browser = new Browser(BASE_URL)) {
            for (Map.Entry<String, List<String>> account : CASEWORK_MENUS.entrySet()) {
                browser.signIn(account.getKey(), DEMO_PASSWORD);

                for (String menu : ALL_MENUS) {
                    boolean shown = !browser.driver()
                            .findElements(By.cssSelector("#navForm a[href$='" + menu + "']"))
                            .isEmpty();
                    assertThat(shown).as("%s sees %s", account.getKey(), menu)
                            .isEqualTo(account.getValue().contains(menu));
                }
                browser.signOut();
            }

            browser.signIn("approver", DEMO_PASSWORD).open("staff/window/accept.xhtml");
            assertThat(browser.pageText()).doesNotContain("受理结果").doesNotContain("查找事项");
            browser.open("index.xhtml").signOut();

            browser.signIn("admin", DEMO_PASSWORD).open("admin/calendar.xhtml");
            assertThat(browser.text("h1")).isEqualTo("工作日历");
            assertThat(browser.text("#yearsForm\\:years")).contains("2025", "2026");
        }
    }
}
