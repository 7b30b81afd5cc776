package org.govflow.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The electronic supervision pages in the packaged EAR: a supervisor finds an overdue case on the dashboard,
 * reads its analysis and urges it, and the department's approver finds the urge in the inbox; the case page
 * refuses an unknown number in the language the user chose.
 */
class SupervisionPagesIT extends ApplicationDeployment {

    /** SCJ-001 有限责任公司设立登记: its review (审查, step 2) has 3 working days and is the SCJ approvers'. */
    private static final String ITEM = "SCJ-001";

    /** The deadline watch runs every minute; give it two runs and a page load. */
    private static final Duration WATCH = Duration.ofSeconds(150);

    @Deployment(name = "ageing", testable = false, order = 2)
    public static WebArchive ageing() {
        return ShrinkWrap.create(WebArchive.class, "govflow-test-ageing.war").addClass(CaseAgeingServlet.class);
    }

    @Test
    void supervisorUrgesAnOverdueCaseFromTheDashboardAndTheApproverSeesTheUrge() throws Exception {
        try (Browser browser = new Browser(BASE_URL)) {
            // the clerk accepts an SCJ case at the window; it is then aged by two weeks, so its 3-day review
            // is long past due and the real deadline watch marks it overdue and cards it
            String number = acceptAtTheWindow(browser);
            age(number, 14);

            // the supervisor's dashboard lists the overdue review once the watch has run
            browser.signIn("supervisor", DEMO_PASSWORD);
            new WebDriverWait(browser.driver(), WATCH, Duration.ofSeconds(5)).until(d -> browser
                    .open("staff/supervision/dashboard.xhtml").text("#dashboardForm\\:lateSteps").contains(number));
            String row = "//tbody[contains(@id,'lateSteps')]/tr[td[contains(.,'" + number + "')]]";
            assertThat(browser.text(row)).contains("审查", "市市场监督管理局", "行政审批科科员", "超时");
            assertThat(Integer.parseInt(browser.text(row + "//span[contains(@id,':daysOver')]"))).isPositive();

            // the case analysis shows the case, its late review and the cards it earned
            browser.clickAndWaitForPage(row + "//a[contains(@id,':open')]");
            assertThat(browser.text("h1")).contains(number);
            assertThat(browser.text("#caseForm\\:item")).contains("有限责任公司设立登记");
            assertThat(browser.text("#caseForm\\:actions")).contains("受理", "clerk");
            assertThat(browser.text("#caseForm\\:cards")).contains("黄灯", "黄牌", "红牌");

            // an urge needs a note; with one, it is sent and listed on the case
            browser.clickAndWaitForAjax("#caseForm\\:urge");
            assertThat(browser.text("#caseForm\\:messages")).contains("请填写督办意见");
            browser.type("#caseForm\\:urgeNote", "审查已超期，请今日办结并说明原因。");
            browser.clickAndWaitForAjax("#caseForm\\:urge");
            assertThat(browser.text("#caseForm\\:messages")).contains("督办已发出");
            assertThat(browser.text("#caseForm\\:urges")).contains("supervisor", "审查已超期，请今日办结并说明原因。");
            browser.signOut();

            // the SCJ approver finds the urge in the inbox, next to the overdue review itself
            browser.signIn("approver", DEMO_PASSWORD).open("staff/approval/inbox.xhtml");
            String urge = "//tbody[contains(@id,'urgesTable')]/tr[td[contains(.,'" + number + "')]]";
            assertThat(browser.text(urge)).contains("审查已超期，请今日办结并说明原因。", "supervisor");
            assertThat(browser.text("#inboxForm\\:inbox")).contains(number);
            browser.signOut();
        }
    }

    @Test
    void supervisorFindsTheMenuAndTheCasePageRefusesInTheChosenLanguage() throws Exception {
        try (Browser browser = new Browser(BASE_URL)) {
            // the menu entry sits in the 电子监察 submenu, which opens on hover
            browser.signIn("supervisor", DEMO_PASSWORD);
            assertThat(browser.driver().findElements(By.cssSelector(
                    "#navForm a[href$='/staff/supervision/dashboard.xhtml']"))).hasSize(1);
            assertThat(browser.text("#navForm")).contains("电子监察");
            browser.open("staff/supervision/dashboard.xhtml");
            assertThat(browser.text("h1")).isEqualTo("电子监察看板");
            assertThat(browser.text("#dashboardForm\\:counts")).contains("合计", "在办", "超时", "今日办结");
            browser.clickAndWaitForAjax("#dashboardForm\\:apply");
            assertThat(browser.text("#dashboardForm\\:lateSteps")).contains("超时工作日");

            // the refusal follows the language chosen on the site, whatever the browser asks for
            browser.open("staff/supervision/case.xhtml?no=SL000");
            assertThat(browser.text("#caseForm\\:messages")).contains("没有受理编号为 SL000 的办件");
            new Select(browser.find("#languageForm\\:language")).selectByValue("en");
            browser.waitForAjax();
            browser.open("staff/supervision/case.xhtml?no=SL000");
            assertThat(browser.text("#caseForm\\:messages")).contains("There is no case with acceptance number SL000.");
        }
    }

    @Test
    void eachRoleReachesOnlyItsSupervisionPages() throws Exception {
        try (Browser browser = new Browser(BASE_URL)) {
            // the SCJ head: the dashboard of their own department only, no rectifications
            browser.signIn("head", DEMO_PASSWORD).open("staff/supervision/dashboard.xhtml");
            assertThat(browser.text("h1")).isEqualTo("电子监察看板");
            assertThat(browser.driver().findElements(By.cssSelector("#dashboardForm\\:department_input option"))
                    .stream().map(option -> option.getAttribute("textContent").strip()))
                    .containsExactly("全部", "市市场监督管理局");
            browser.open("staff/supervision/rectifications.xhtml");
            assertThat(browser.text("h1")).isEqualTo("无权访问");
            browser.open("index.xhtml").signOut();

            // the administrator: rectifications, but not the supervisors' dashboard

            browser.signIn("admin", DEMO_PASSWORD).open("staff/supervision/rectifications.xhtml");
            assertThat(browser.text("h1")).isEqualTo("差评整改跟踪");
            browser.open("staff/supervision/dashboard.xhtml");
            assertThat(browser.text("h1")).isEqualTo("无权访问");
            browser.open("index.xhtml").signOut();

            // an approver: none of it
            browser.signIn("approver", DEMO_PASSWORD).open("staff/supervision/dashboard.xhtml");
            assertThat(browser.text("h1")).isEqualTo("无权访问");
        }
    }

    /** The clerk accepts an SCJ-001 case with every material at the window page; its acceptance number. */
    private static String acceptAtTheWindow(Browser browser) {
        browser.signIn("clerk", DEMO_PASSWORD).open("staff/window/accept.xhtml");
        browser.type("#acceptForm\\:item_input", ITEM);
        browser.clickAndWaitForAjax("//li[contains(@class,'ui-autocomplete-item') and contains(.,'" + ITEM + "')]");
        browser.type("#acceptForm\\:applicantName", "赵督办")
                .type("#acceptForm\\:idNumber", "11010519491231002X")
                .type("#acceptForm\\:phone", "13800138001");
        browser.clickAndWaitForAjax("#acceptForm\\:receiveAll");
        browser.clickAndWaitForAjax("#acceptForm\\:accept");
        String number = browser.text("#acceptForm\\:acceptanceNumber");
        browser.signOut();
        return number;
    }

    private static void age(String number, int days) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(BASE_URL + "govflow-test-ageing/age-case?no=" + number + "&days=" + days))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).as("case %s aged", number).isEqualTo(204);
    }
}
