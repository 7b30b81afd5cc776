package org.govflow.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation as a person meets it: the public pages, sign-in for every demo account with only its
 * role's menu, refused sign-ins with their messages and audit entries, and the language switch.
 */
class FoundationIT extends ApplicationDeployment {

    /** Menu entries that only some roles may see, by the page they link to. */
    private static final Map<String, List<String>> MENU_BY_ACCOUNT = Map.of(
            "admin", List.of("/admin/staff.xhtml", "/admin/audit.xhtml"),
            "clerk", List.of(),
            "approver", List.of(),
            "head", List.of(),
            "supervisor", List.of(),
            "inspector", List.of());

    private static final List<String> ROLE_ONLY_MENUS = List.of("/admin/staff.xhtml", "/admin/audit.xhtml");

    @Test
    void publicHomeAndLoginPagesAreServedInChineseWithoutSignIn() throws Exception {
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(BASE_URL)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(BASE_URL + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("UTF-8"));
        assertThat(home.body()).contains("欢迎来到市政务服务中心", "网上审批", "lang=\"zh-CN\"");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("工作人员登录", "用户名", "密码");
    }

    @Test
    void unknownPageGetsAChineseErrorPageWithSecurityHeadersAndNoServerDetails() throws Exception {
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> missing = http.send(
                HttpRequest.newBuilder(URI.create(BASE_URL + "no-such-page.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("页面不存在").doesNotContain("at org.", "org.jboss", "WildFly");
        assertThat(missing.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(missing.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    }

    @Test
    void staffScreensRequireSignIn() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> admin = http.send(HttpRequest.newBuilder(URI.create(BASE_URL + "admin/staff.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(admin.body()).contains("loginForm").doesNotContain("staffTable");
    }

    @Test
    void eachDemoAccountSignsInAndSeesOnlyItsRolesMenu() throws Exception {
        try (Browser browser = new Browser(BASE_URL)) {
            for (Map.Entry<String, List<String>> account : MENU_BY_ACCOUNT.entrySet()) {
                browser.signIn(account.getKey(), DEMO_PASSWORD);

                assertThat(browser.driver().getCurrentUrl()).as(account.getKey()).endsWith("/staff/home.xhtml");
                assertThat(browser.text("#welcome")).contains(account.getKey());
                for (String menu : ROLE_ONLY_MENUS) {
                    boolean shown = !browser.driver()
                            .findElements(By.cssSelector("#navForm a[href$='" + menu + "']"))
                            .isEmpty();
                    assertThat(shown).as("%s sees %s", account.getKey(), menu)
                            .isEqualTo(account.getValue().contains(menu));
                }
                browser.signOut();
            }
        }
    }

    @Test
    void administratorOpensStaffScreenButOthersAreForbidden() throws Exception {
        try (Browser browser = new Browser(BASE_URL)) {
            browser.signIn("clerk", DEMO_PASSWORD).open("admin/staff.xhtml");
            assertThat(browser.pageText()).doesNotContain("人员管理").doesNotContain("新建账户");
            browser.open("index.xhtml").signOut();

            browser.signIn("admin", DEMO_PASSWORD).open("admin/staff.xhtml");
            assertThat(browser.text("h1")).isEqualTo("人员管理");
            assertThat(browser.text("#staffForm\\:staffTable")).contains("clerk", "approver", "窗口受理人员");
        }
    }

    @Test
    void wrongPasswordAndDisabledAccountAreRefusedWithMessagesAndAuditEntries() throws Exception {
        String username = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

        try (Browser browser = new Browser(BASE_URL)) {
            // The administrator creates a window clerk through the staff screen
            browser.signIn("admin", DEMO_PASSWORD).open("admin/staff.xhtml");
            browser.clickAndWaitForAjax("#staffForm\\:newStaff");
            browser.type("#editForm\\:username", username)
                    .type("#editForm\\:fullName", "测试窗口")
                    .type("#editForm\\:initialPassword", "Window2026");
            browser.find("label[for='editForm:roles:0']").click();
            browser.clickAndWaitForAjax("#editForm\\:save");
            assertThat(browser.text("#staffForm\\:staffTable")).contains(username);

            // ... who signs in with a wrong password
            browser.signOut().signIn(username, "Wrong2026");
            assertThat(browser.text("#loginForm\\:messages")).contains("用户名或密码错误");

            // ... is disabled by the administrator
            browser.signIn("admin", DEMO_PASSWORD).open("admin/staff.xhtml");
            browser.clickAndWaitForAjax("//tr[td[contains(.,'" + username + "')]]//button[contains(@id,':disable')]");
            browser.clickAndWaitForAjax(".ui-confirmdialog-yes");
            assertThat(browser.text("#staffForm\\:staffTable")).contains("已停用");

            // ... and is then refused even with the right password
            browser.signOut().signIn(username, "Window2026");
            assertThat(browser.text("#loginForm\\:messages")).contains("用户名或密码错误");
            assertThat(browser.find("#loginForm\\:username").isDisplayed()).isTrue();
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("/staff/");

            // The audit log shows both refusals
            browser.signIn("admin", DEMO_PASSWORD).open("admin/audit.xhtml");
            String audit = browser.text("#auditForm\\:auditTable");
            assertThat(audit).contains(username, "登录失败", "拒绝登录", "停用账户", "account disabled");
        }
    }

    @Test
    void visitorSwitchesToEnglish() throws Exception {
        try (Browser browser = new Browser(BASE_URL)) {
            browser.open("index.xhtml");
            new Select(browser.find("#languageForm\\:language")).selectByValue("en");
            browser.waitForAjax();
            browser.open("login.xhtml");

            assertThat(browser.text("h1")).isEqualTo("Staff sign-in");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        }
    }
}
