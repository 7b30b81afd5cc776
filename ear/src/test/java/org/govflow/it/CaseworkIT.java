package org.govflow.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;

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
            passFromInbox(browser, "approver", number, "审查");
            passFromInbox(browser, "approver", number, "审核");
            passFromInbox(browser, "head", number, "决定");

            // The clerk issues the licence at the window
            browser.signIn("clerk", DEMO_PASSWORD).open("staff/window/issue.xhtml");
            browser.clickAndWaitForAjax("//tr[td[contains(.,'" + number + "')]]//button[contains(@id,':start')]");
            browser.type("#issueDialogForm\\:documentNumber", "（市）登记内设字〔2026〕第1号");
            browser.clickAndWaitForAjax("#issueDialogForm\\:issue");
            assertThat(browser.text("#issueForm\\:cases")).doesNotContain(number);

            browser.open("staff/case.xhtml?no=" + number);
            assertThat(browser.text("#caseForm\\:caseState")).isEqualTo("已办结");
            assertThat(browser.pageText()).contains("准予许可");
            assertThat(browser.text("#caseForm\\:history")).contains("受理", "通过", "出件", "clerk", "approver",
                    "head");
            assertThat(browser.text("#caseForm\\:daysUsed")).contains("实际用时");
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

    private static void passFromInbox(Browser browser, String username, String number, String stepName) {
        browser.signIn(username, DEMO_PASSWORD).open("staff/approval/inbox.xhtml");
        browser.clickAndWaitForPage("//tr[td[contains(.,'" + number + "')]]//a[contains(@id,':open')]");
        assertThat(browser.text("#taskForm\\:stepPanel")).contains(stepName);
        browser.type("#taskForm\\:note", "材料齐全，符合条件，同意。");
        browser.clickAndWaitForPage("#taskForm\\:pass");
        assertThat(browser.driver().getCurrentUrl()).contains("/staff/approval/inbox.xhtml");
        browser.signOut();
    }
}
