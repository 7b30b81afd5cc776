package org.govflow.it;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The electronic supervision pages in the packaged EAR: the supervisor reaches the dashboard, reports and
 * case analysis through the menu; an approver sees the urges list on the workbench but no supervision page.
 */
class SupervisionPagesIT extends ApplicationDeployment {

    @Test
    void supervisorOpensThePagesAndApproverIsKeptOut() throws Exception {
        try (Browser browser = new Browser(BASE_URL)) {
            browser.signIn("supervisor", DEMO_PASSWORD);
            browser.clickAndWaitForPage("a[href$='/staff/supervision/dashboard.xhtml']");
            assertThat(browser.text("h1")).isEqualTo("电子监察看板");
            assertThat(browser.text("#dashboardForm\\:counts")).contains("合计", "在办", "超时", "今日办结");
            browser.clickAndWaitForAjax("#dashboardForm\\:apply");
            assertThat(browser.text("#dashboardForm\\:lateSteps")).contains("超时工作日");

            browser.open("staff/supervision/case.xhtml?no=SL000");
            assertThat(browser.text("#caseForm\\:messages")).contains("没有受理编号为 SL000 的办件");

            browser.open("staff/supervision/reports.xhtml");
            assertThat(browser.text("h1")).isEqualTo("效能报表");
            browser.clickAndWaitForAjax("#reportsForm\\:show");
            assertThat(browser.pageText()).contains("部门效能", "人员效能", "本月亮牌排名");
            browser.open("index.xhtml").signOut();

            browser.signIn("approver", DEMO_PASSWORD).open("staff/home.xhtml");
            assertThat(browser.text("#urgesToMe")).contains("督办事项");
            assertThat(browser.pageText()).doesNotContain("监察看板");
            browser.open("staff/supervision/dashboard.xhtml");
            assertThat(browser.pageText()).doesNotContain("电子监察看板");
        }
    }
}
