package org.govflow.supervision;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes an efficiency report as an Excel workbook: one sheet for the departments and one for the people,
 * a heading row and one row per line, with counts, rates, averages and fees as numbers (an empty cell where
 * there is no rate or average).
 */
final class EfficiencyWorkbook {

    static final String[] COLUMNS = {"key", "accepted", "completed", "early", "onTime", "late", "overdue",
        "onTimeRate", "averageWorkingDays", "yellowCards", "redCards", "fees"};

    /** Wide enough for a department's name; measured widths would need fonts on the server. */
    private static final int COLUMN_WIDTH = 16 * 256;

    private final ResourceBundle bundle = ResourceBundle.getBundle("org.govflow.supervision.SupervisionReports",
            Locale.SIMPLIFIED_CHINESE);

    byte[] write(EfficiencyReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(workbook, bundle.getString("sheet.departments"), bundle.getString("heading.department"),
                    report.departments());
            sheet(workbook, bundle.getString("sheet.people"), bundle.getString("heading.person"), report.people());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("efficiency report " + report.from() + " to " + report.to(), e);
        }
    }

    private void sheet(XSSFWorkbook workbook, String title, String nameHeading, List<EfficiencyRow> rows) {
        Sheet sheet = workbook.createSheet(title);
        Row heading = sheet.createRow(0);
        heading.createCell(0).setCellValue(nameHeading);
        for (int i = 0; i < COLUMNS.length; i++) {
            heading.createCell(i + 1).setCellValue(bundle.getString("heading." + COLUMNS[i]));
        }
        int r = 1;
        for (EfficiencyRow line : rows) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.name());
            row.createCell(1).setCellValue(line.key());
            long[] counts = {line.accepted(), line.completed(), line.early(), line.onTime(), line.late(),
                line.overdue()};
            for (int i = 0; i < counts.length; i++) {
                row.createCell(2 + i).setCellValue(counts[i]);
            }
            number(row, 8, line.onTimeRate());
            number(row, 9, line.averageWorkingDays());
            row.createCell(10).setCellValue(line.yellowCards());
            row.createCell(11).setCellValue(line.redCards());
            number(row, 12, line.fees());
        }
        for (int i = 0; i <= COLUMNS.length; i++) {
            sheet.setColumnWidth(i, COLUMN_WIDTH);
        }
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        } else {
            row.createCell(column);
        }
    }
}
