package org.govflow.supervision;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SupervisionPdfTest {

    @Test
    void efficiencyReportPrintsEveryFigureInChinese() throws Exception {
        EfficiencyReport report = new EfficiencyReport(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), "NYJ",
                List.of(new EfficiencyRow("NYJ", "市农业农村局", 4, 3, 2, 6, 2, 1, new BigDecimal("66.7"),
                        new BigDecimal("5.00"), 2, 1, new BigDecimal("100.00"))),
                List.of(new EfficiencyRow("clerk", "李窗口", 4, 0, 0, 0, 0, 0, null, null, 0, 0,
                        new BigDecimal("100.00"))));

        byte[] pdf = new SupervisionPdf(ZoneId.of("Asia/Shanghai")).report(report);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("效能报表 2026-07-01 至 2026-07-31", "部门效能", "人员效能", "按时率",
                    "市农业农村局 NYJ 4 3 2 6 2 1 66.7 5.00 2 1 100.00", "李窗口 clerk 4 0 0 0 0 0 0 0 100.00");
        }
    }
}
