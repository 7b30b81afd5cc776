package org.govflow.catalog;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-time notice as a printable PDF whose Chinese text is real text in an embedded font. */
class NoticePdfTest {

    private static ItemVersion version() {
        Department department = new Department("SCJ", "市市场监督管理局");
        department.setWindows("C01;C02");
        department.setPhone("0588-87611001");
        department.setAddress("市政务服务中心二楼C区");
        Item item = new Item("SCJ-001", department, "食品经营许可（新办）", ItemKind.LICENCE);
        ItemVersion version = new ItemVersion(item, 1, new ItemTerms("食品经营许可（新办）", ItemKind.LICENCE,
                "《中华人民共和国食品安全法》第三十五条", "有与经营的食品品种、数量相适应的食品原料处理场所。", 20, 10,
                "不收费", null, "0588-87611001", true), OffsetDateTime.now(ZoneOffset.UTC));
        version.addMaterial(new Material(version, 1, "食品经营许可申请书", MaterialForm.ORIGINAL, 1, true,
                "食品经营许可申请书.pdf"));
        version.addMaterial(new Material(version, 2, "营业执照", MaterialForm.COPY, 2, true, null));
        version.addMaterial(new Material(version, 3, "授权委托书", MaterialForm.ORIGINAL_AND_COPY, 1, false, null));
        return version;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void noticeListsEverythingAnApplicantNeedsInChinese() throws Exception {
        byte[] pdf = NoticePdf.render(version(), LocalDate.of(2026, 3, 2));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(text(pdf)).contains("一次性告知单", "食品经营许可（新办）", "市市场监督管理局", "行政许可",
                "法定 20 个工作日，承诺 10 个工作日", "不收费", "0588-87611001", "市政务服务中心二楼C区", "C01、C02",
                "食品经营许可申请书", "营业执照", "复印件", "原件及复印件", "2026-03-02");
    }

    @Test
    void theChineseFontIsEmbedded() throws Exception {
        byte[] pdf = NoticePdf.render(version(), LocalDate.of(2026, 3, 2));

        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
            assertThat(fonts).anySatisfy(font -> assertThat(font.getName()).contains("WenQuanYi"));
        }
    }

    @Test
    void missingMaterialsNoticeListsOnlyThoseWithTheRemark() throws Exception {
        ItemVersion version = version();

        byte[] pdf = NoticePdf.renderMissing(version, List.of(version.getMaterials().get(1)), "营业执照复印件不清晰，请补交。",
                LocalDate.of(2026, 3, 2));

        assertThat(text(pdf)).contains("补正材料一次性告知单", "需补正的材料", "营业执照", "营业执照复印件不清晰，请补交。")
                .doesNotContain("授权委托书");
    }

    @Test
    void noticeToAnApplicantNamesThemTheDayTheyWereToldAndEveryMissingMaterial() throws Exception {
        ItemVersion version = version();

        byte[] pdf = NoticePdf.renderMissing(version, version.getMaterials().subList(0, 2), "王小明", null,
                LocalDate.of(2026, 3, 6));

        assertThat(text(pdf)).contains("补正材料一次性告知单", "申请人", "王小明", "告知日期", "2026-03-06",
                "食品经营许可申请书", "营业执照").doesNotContain("授权委托书", "说明");
    }
}
