package org.govflow.it;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What staff do in the browser to move a real case along, for tests that need one: the clerk accepts with every
 * material at the window, approvers pass steps from their inbox, the clerk issues the decision.
 */
final class StaffDesk {

    /** What the applicant takes home from the window. */
    record Receipt(String number, String password) {
    }

    private StaffDesk() {
    }

    /** The clerk accepts the item for an applicant with every material received. */
    static Receipt accept(Browser browser, String itemCode, String applicantName, String idNumber) {
        browser.signIn("clerk", ApplicationDeployment.DEMO_PASSWORD).open("staff/window/accept.xhtml");
        browser.type("#acceptForm\\:item_input", itemCode);
        browser.clickAndWaitForAjax("//li[contains(@class,'ui-autocomplete-item') and contains(.,'"
                + itemCode + "')]");
        browser.type("#acceptForm\\:applicantName", applicantName)
                .type("#acceptForm\\:idNumber", idNumber)
                .type("#acceptForm\\:phone", "13800138000");
        browser.clickAndWaitForAjax("#acceptForm\\:receiveAll");
        browser.clickAndWaitForAjax("#acceptForm\\:accept");
        Receipt receipt = new Receipt(browser.text("#acceptForm\\:acceptanceNumber"),
                browser.text("#acceptForm\\:queryPassword"));
        browser.signOut();
        return receipt;
    }

    /** The user opens the case from the inbox and passes the step with a note. */
    static void passFromInbox(Browser browser, String username, String number, String stepName) {
        browser.signIn(username, ApplicationDeployment.DEMO_PASSWORD).open("staff/approval/inbox.xhtml");
        browser.clickAndWaitForPage("//tr[td[contains(.,'" + number + "')]]//a[contains(@id,':open')]");
        assertThat(browser.text("#taskForm\\:stepPanel")).contains(stepName);
        browser.type("#taskForm\\:note", "材料齐全，符合条件，同意。");
        browser.clickAndWaitForPage("#taskForm\\:pass");
        assertThat(browser.driver().getCurrentUrl()).contains("/staff/approval/inbox.xhtml");
        browser.signOut();
    }

    /** The clerk hands out the decision under the document number, which closes the case. */
    static void issue(Browser browser, String number, String documentNumber) {
        browser.signIn("clerk", ApplicationDeployment.DEMO_PASSWORD).open("staff/window/issue.xhtml");
        browser.clickAndWaitForAjax("//tr[td[contains(.,'" + number + "')]]//button[contains(@id,':start')]");
        browser.type("#issueDialogForm\\:documentNumber", documentNumber);
        browser.clickAndWaitForAjax("#issueDialogForm\\:issue");
        assertThat(browser.text("#issueForm\\:cases")).doesNotContain(number);
        browser.signOut();
    }
}
