package org.govflow.casework;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The acceptance receipt as a PDF: real Chinese text in the embedded font, and a QR code that scans. */
class ReceiptPdfTest {

    private static final ZoneId CENTRE = ZoneId.of("Asia/Shanghai");
    private static final String URL = "https://zwfw.example.gov.cn/query.xhtml?no=SL20260302K7Q4MZ";

    private static Acceptance acceptance(boolean pendingCorrection, List<Integer> missingYears,
                                         List<String> missing) {
        // 01:30 UTC on 2 March is 09:30 in the centre
        Receipt receipt = new Receipt(42L, "SL20260302K7Q4MZ", "SCJ-001", "食品经营许可（新办）", "王小明",
                OffsetDateTime.parse("2026-03-02T01:30:00Z"), LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 30),
                URL, new TreeSet<>(missingYears), pendingCorrection, missing);
        return new Acceptance(receipt, "x7Kp2mQa");
    }

    @Test
    void receiptSaysNumberPasswordItemApplicantInstantAndBothDatesInChinese() throws Exception {
        byte[] pdf = ReceiptPdf.render(acceptance(false, List.of(), List.of()), CENTRE);

        assertThat(text(pdf)).contains("受理回执", "受理编号", "SL20260302K7Q4MZ", "查询密码", "x7Kp2mQa",
                "SCJ-001 食品经营许可（新办）", "王小明", "2026-03-02 09:30", "承诺办结日期", "2026-03-12",
                "法定办结日期", "2026-03-30", URL).doesNotContain("需补正的材料", "重新计算");
    }

    @Test
    void pendingCorrectionAndAMissingCalendarYearAreSaidOnTheReceipt() throws Exception {
        byte[] pdf = ReceiptPdf.render(acceptance(true, List.of(2027), List.of("营业执照", "法定代表人身份证明")),
                CENTRE);

        assertThat(text(pdf)).contains("需补正的材料", "营业执照", "法定代表人身份证明", "补正材料齐全后重新计算",
                "2027 年的法定节假日安排尚未公布");
    }

    @Test
    void qrCodeOnTheReceiptScansToThePublicQueryAddress() throws Exception {
        byte[] pdf = ReceiptPdf.render(acceptance(false, List.of(), List.of()), CENTRE);

        List<BufferedImage> images = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image.getImage());
                }
            }
        }

        assertThat(images).singleElement().satisfies(image -> assertThat(decode(image)).isEqualTo(URL));
    }

    @Test
    void theChineseFontIsEmbedded() throws Exception {
        byte[] pdf = ReceiptPdf.render(acceptance(false, List.of(), List.of()), CENTRE);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String decode(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        } catch (Exception e) {
            throw new AssertionError("the image is no readable QR code", e);
        }
    }
}
