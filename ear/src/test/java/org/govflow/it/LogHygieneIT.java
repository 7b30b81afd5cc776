package org.govflow.it;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing secret or personal reaches the test server's log: a refused password, password hashes, a
 * resident ID number given at acceptance, and the text of a complaint are each used for real, and then
 * looked for in server.log.
 */
class LogHygieneIT extends ApplicationDeployment {

    @Test
    void passwordsHashesIdNumbersAndComplaintTextStayOutOfTheLog() throws Exception {
        String wrongPassword = "Wrong-" + UUID.randomUUID().toString().substring(0, 8);
        String idNumber = residentId();
        String complaintText = "日志检查投诉正文" + UUID.randomUUID();

        try (Browser browser = new Browser(BASE_URL)) {
            browser.signIn("inspector", wrongPassword);
            assertThat(browser.text("#loginForm\\:messages")).isNotBlank();

            browser.signIn("clerk", DEMO_PASSWORD).open("staff/window/accept.xhtml");
            browser.type("#acceptForm\\:item_input", "SCJ-001");
            browser.clickAndWaitForAjax("//li[contains(@class,'ui-autocomplete-item') and contains(.,'SCJ-001')]");
            browser.type("#acceptForm\\:applicantName", "赵日志")
                    .type("#acceptForm\\:idNumber", idNumber)
                    .type("#acceptForm\\:phone", "13800138000");
            browser.clickAndWaitForAjax("#acceptForm\\:receiveAll");
            browser.clickAndWaitForAjax("#acceptForm\\:accept");
            assertThat(browser.text("#acceptForm\\:acceptanceNumber")).startsWith("SL");
            browser.signOut();

            browser.open("complaint/file-complaint.xhtml");
            ComplaintsIT.fillComplaint(browser, "日志窗口", "办事效率", complaintText);
            browser.type("#complaintForm\\:name", "钱日志")
                    .type("#complaintForm\\:phone", "13800138000")
                    .clickAndWaitForAjax("#complaintForm\\:submit");
            assertThat(browser.text("#complaintForm\\:receiptNumber")).startsWith("TS-");
        }

        String log = Files.readString(SERVER_LOG, StandardCharsets.UTF_8);
        assertThat(log).as("the server log was written by this run").contains("govflow");
        assertThat(log).doesNotContain(wrongPassword, DEMO_PASSWORD, "$2a$", "$2b$", "$2y$", idNumber,
                idNumber.substring(0, 17), complaintText, "日志检查投诉正文");
    }

    /** A valid resident ID number (GB 11643 check character) not used by any other test. */
    private static String residentId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String body = "440305" + (1950 + random.nextInt(50)) + String.format("%02d%02d%03d",
                1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
