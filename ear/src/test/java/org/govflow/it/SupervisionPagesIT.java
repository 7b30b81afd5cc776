package org.govflow.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The electronic supervision pages in the packaged EAR: the supervisor finds the menu entry, the dashboard
 * renders and refreshes by ajax, and the case analysis refuses an unknown acceptance number.
 */
class SupervisionPagesIT extends ApplicationDeployment {

    @Test
    void supervisorOpensTheDashboardAndCaseAnalysis() throws Exception {
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

            browser.open("staff/supervision/case.xhtml?no=SL000");
            // TODO: the refusal comes in the browser's language (English here), not the page's Chinese
            assertThat(browser.text("#caseForm\\:messages")).containsAnyOf("没有受理编号为 SL000 的办件",
                    "There is no case with acceptance number SL000.");
        }
    }
}
