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
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public query, announcement and statistics pages as a citizen without an account meets them, on the
 * packaged EAR: the QR code link fills in the number in a fresh browser, a lost session does not break the
 * page, wrong passwords end in the lock message, and the published lists, feed and figures are open to all.
 * What the query shows about real cases is checked against the services in the ejb module's PublicQueryIT.
 */
class PublicQueryIT extends ApplicationDeployment {

    private static final String NOT_FOUND = "受理编号或查询密码不正确";
    private static final String LOCKED = "查询失败次数过多";

    @Test
    void qrCodeLinkFillsInTheNumberAndSixWrongPasswordsEndInTheLockMessage() throws Exception {
        String number = "SL20261203" + UUID.randomUUID().toString().replace("-", "").substring(0, 6)
                .toUpperCase(Locale.ROOT);

        try (Browser browser = new Browser(BASE_URL)) {
            // a phone-sized fresh browser, no session: straight from the receipt's QR code
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open("query.xhtml?no=" + number);
            assertThat(browser.find("#queryForm\\:number").getAttribute("value")).isEqualTo(number);
            assertThat(browser.find("label[for='queryForm:number']").getText()).contains("受理编号");
            assertThat(browser.find("label[for='queryForm:password']").getText()).contains("查询密码");
            assertThat(browser.text("h1")).isEqualTo("办件进度查询");

            // the session is lost before the first try: the page still answers, without "view expired"
            browser.driver().manage().deleteAllCookies();
            browser.type("#queryForm\\:password", "wrong-0").clickAndWaitForAjax("#queryForm\\:query");
            assertThat(browser.text("#queryForm\\:messages")).contains(NOT_FOUND);
            assertThat(browser.find("#queryForm\\:number").getAttribute("value")).isEqualTo(number);

            for (int attempt = 1; attempt < 5; attempt++) {
                browser.type("#queryForm\\:password", "wrong-" + attempt).clickAndWaitForAjax("#queryForm\\:query");
                assertThat(browser.text("#queryForm\\:messages")).contains(NOT_FOUND).doesNotContain(LOCKED);
            }
            browser.type("#queryForm\\:password", "wrong-5").clickAndWaitForAjax("#queryForm\\:query");

            assertThat(browser.text("#queryForm\\:messages")).contains(LOCKED, "15 分钟");
            assertThat(browser.pageText()).doesNotContain("过期", "expired", "Exception");
        }
    }

    @Test
    void announcementsFeedAndStatisticsAreOpenToEveryone() throws Exception {
        try (Browser browser = new Browser(BASE_URL)) {
            browser.open("index.xhtml");
            assertThat(browser.text("#navForm")).contains("办件查询", "结果公告", "统计公开");

            browser.clickAndWaitForPage("#navForm a[href$='/announcements.xhtml']");
            assertThat(browser.text("h1")).isEqualTo("审批结果公告");
            browser.type("#searchForm\\:item", "不存在的事项").clickAndWaitForAjax("#searchForm\\:search");
            assertThat(browser.text("#searchForm\\:results")).contains("没有符合条件的公告");

            browser.clickAndWaitForPage("#navForm a[href$='/statistics.xhtml']");
            assertThat(browser.text("h1")).isEqualTo("办件统计公开");
            assertThat(browser.pageText()).contains("全中心合计", "按时办结率", "累计节省工作日");
            browser.clickAndWaitForAjax("#statisticsForm\\:show");
            assertThat(browser.text("#statisticsForm\\:centreAccepted")).matches("\\d+");
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
}
