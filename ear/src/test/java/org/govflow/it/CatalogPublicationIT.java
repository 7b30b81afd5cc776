package org.govflow.it;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published catalogue as people meet it: a visitor finds an item by part of its Chinese name, reads
 * its guide and flow, and downloads its notice and blank form; an administrator's faulty import is
 * refused with every fault listed.
 */
class CatalogPublicationIT extends ApplicationDeployment {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void visitorFindsAnItemByPartOfItsNameSeesItsStepsAndDownloadsItsNotice() throws Exception {
        try (Browser browser = new Browser(BASE_URL)) {
            browser.open("catalog/items.xhtml");
            browser.type("#searchForm\\:q", "投资项目核准");
            browser.clickAndWaitForAjax("#searchForm\\:search");
            assertThat(browser.text("#searchForm\\:results")).contains("企业投资项目核准（首次申请）", "FGW-001")
                    .doesNotContain("有限责任公司设立登记");

            browser.clickAndWaitForPage("//a[contains(@class,'gf-item-link')]");
            String name = browser.text("#itemName");
            assertThat(name).isEqualTo("企业投资项目核准（首次申请）");
            assertThat(browser.driver().getCurrentUrl()).contains("catalog/item.xhtml?code=FGW-001");
            assertThat(browser.text("#terms")).contains("市发展和改革委员会", "行政许可", "不收费");
            assertThat(browser.text("#steps")).contains("受理", "决定", "综合受理窗口", "出件窗口");
            assertThat(browser.text("#flowchart")).contains("受理", "并联审批", "发证");

            String noticeUrl = browser.find("#notice").getAttribute("href");
            HttpResponse<byte[]> notice = http.send(HttpRequest.newBuilder(URI.create(noticeUrl)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(notice.statusCode()).isEqualTo(200);
            assertThat(notice.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                    assertThat(v).startsWith("application/pdf"));
            try (PDDocument pdf = Loader.loadPDF(notice.body())) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("一次性告知单", name, "市发展和改革委员会");
            }

            String formUrl = browser.driver().findElement(By.cssSelector("a[id$=':form']")).getAttribute("href");
            HttpResponse<byte[]> form = http.send(HttpRequest.newBuilder(URI.create(formUrl)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String fileName = URLDecoder.decode(formUrl.substring(formUrl.lastIndexOf('/') + 1),
                    StandardCharsets.UTF_8);
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(form.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(form.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v)
                    .startsWith("attachment;")
                    .contains("filename*=UTF-8''" + encoded(fileName)));
            assertThat(fileName).endsWith("申请书.pdf");
        }
    }

    private static String encoded(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            out.append(c < 0x80 && Character.isLetterOrDigit(c) || c == '.' ? String.valueOf(c)
                    : String.format("%%%02X", b & 0xff));
        }
        return out.toString();
    }

    @Test
    void departmentsAreListedWithTheirItemCountsAndUnknownItemsAreNotFound() throws Exception {
        try (Browser browser = new Browser(BASE_URL)) {
            browser.open("catalog/departments.xhtml");
            assertThat(browser.text("#departments")).contains("市市场监督管理局", "56 个事项");

            browser.clickAndWaitForPage("//a[normalize-space()='市市场监督管理局']");
            assertThat(browser.text("#searchForm\\:results")).contains("有限责任公司设立登记").doesNotContain("FGW-");
        }
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(
                URI.create(BASE_URL + "catalog/item.xhtml?code=NOPE-999")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> noNotice = http.send(HttpRequest.newBuilder(
                URI.create(BASE_URL + "catalog/notice.pdf?code=NOPE-999")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("找不到事项“NOPE-999”");
        assertThat(noNotice.statusCode()).isEqualTo(404);
    }

    @Test
    void administratorsFaultyImportIsRefusedWithEveryFaultListed() throws Exception {
        Path zip = Files.createTempFile("catalogue", ".zip");
        Files.write(zip, faultyZip());

        try (Browser browser = new Browser(BASE_URL)) {
            browser.signIn("admin", DEMO_PASSWORD).open("admin/catalog.xhtml");
            assertThat(browser.text("h1")).isEqualTo("事项目录管理");
            browser.driver().findElement(By.cssSelector("#importForm input[type=file]"))
                    .sendKeys(zip.toAbsolutePath().toString());
            browser.clickAndWaitForPage("#importForm\\:importFiles");

            assertThat(browser.text("#importForm\\:importMessages")).contains("文件有 2 处错误，未导入任何内容");
            assertThat(browser.text("#importForm\\:errorTable")).contains("items.csv", "promised_days",
                    "承诺时限 30 个工作日超过法定时限 20 个工作日。", "steps.csv", "部门代码“NOPE”不存在。");
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    @Test
    void administratorEditsAnItemAndPublishesItsNewVersion() throws Exception {
        try (Browser browser = new Browser(BASE_URL)) {
            browser.signIn("admin", DEMO_PASSWORD).open("admin/catalog.xhtml");
            browser.type("#draftForm\\:itemCode", "scj-005");
            browser.clickAndWaitForAjax("#draftForm\\:openItem");
            assertThat(browser.text("#draftStatus")).contains("当前发布第 1 版");

            browser.type("#draftForm\\:conditions", "申请人依法设立；经营场所符合要求（2026年修订）。");
            browser.clickAndWaitForAjax("#draftForm\\:addMaterial");
            int last = browser.driver().findElements(By.cssSelector("input[id$=':materialName']")).size() - 1;
            browser.type("#draftForm\\:materials\\:" + last + "\\:materialName", "场所平面图");
            browser.clickAndWaitForAjax("#draftForm\\:saveDraft");
            assertThat(browser.text("#draftForm\\:draftMessages")).contains("草稿（第 2 版）已保存");

            String promised = browser.find("#draftForm\\:promisedDays").getAttribute("value");
            browser.type("#draftForm\\:promisedDays", "999");
            browser.clickAndWaitForAjax("#draftForm\\:saveDraft");
            assertThat(browser.text("#draftForm\\:draftErrorTable")).contains("promised_days", "超过法定时限");
            assertThat(browser.find("#draftForm\\:conditions").getAttribute("value")).contains("2026年修订");

            browser.type("#draftForm\\:promisedDays", promised);
            browser.clickAndWaitForAjax("#draftForm\\:publish");
            browser.clickAndWaitForAjax(".ui-confirmdialog-yes");
            assertThat(browser.text("#draftForm\\:draftMessages")).contains("已发布第 2 版");

            browser.open("catalog/item.xhtml?code=SCJ-005");
            assertThat(browser.text("#terms")).contains("第 2 版", "2026年修订");
            assertThat(browser.text("#materials")).contains("场所平面图");
        }
    }

    private static byte[] faultyZip() throws Exception {
        Map<String, String> files = Map.of(
                "departments.csv", """
                        code,name,windows,phone,address,active
                        SCJ,市市场监督管理局,C01,0588-87611001,市政务服务中心二楼C区,true
                        """,
                "items.csv", """
                        code,name,kind,department_code,legal_basis,conditions,legal_days,promised_days,\
                        fee_standard,fee_basis,phone,publish_decisions
                        SCJ-901,测试事项,LICENCE,SCJ,依据,条件,20,30,不收费,,0588-87611001,true
                        """,
                "materials.csv", """
                        item_code,seq,name,form,copies,mandatory,template_file
                        SCJ-901,1,申请书,ORIGINAL,1,true,
                        """,
                "steps.csv", """
                        item_code,seq,name,kind,department_code,post,person,limit_days,excluded,parallel_group
                        SCJ-901,1,受理,ACCEPT,SCJ,综合受理窗口,,0,false,
                        SCJ-901,2,决定,DECISION,NOPE,科长,,1,false,
                        SCJ-901,3,发证,ISSUE,SCJ,出件窗口,,0,false,
                        """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
