package org.govflow.catalog;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the catalogue as one XLSX workbook with the sheets departments, items, materials and
 * steps, each with the same columns as the matching CSV file. Reading turns every cell into the text a
 * CSV file would hold; a workbook POI cannot open becomes an {@link ImportError}, never an exception.
 */
public final class CatalogXlsx {

    private static final Set<String> NUMBER_COLUMNS = Set.of("legal_days", "promised_days", "extension_cap", "seq", "copies",
            "limit_days");

    private CatalogXlsx() {
    }

    /** Reads a workbook; source names the uploaded file in a message about the whole file. */
    public static RawCatalog read(String source, byte[] content) {
        List<ImportError> errors = new ArrayList<>();
        Map<CatalogTable, RawCatalog.Table> tables = new EnumMap<>(CatalogTable.class);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (CatalogTable table : CatalogTable.values()) {
                Sheet sheet = workbook.getSheet(table.tableName());
                if (sheet == null) {
                    errors.add(ImportError.of(table.tableName(), 0, null, "catalog.import.missingTable",
                            table.tableName()));
                    continue;
                }
                tables.put(table, readSheet(table, sheet, formatter, evaluator, errors));
            }
        } catch (IOException | RuntimeException e) {
            // not a workbook, an encrypted one, a broken zip: the file as a whole is refused
            errors.add(ImportError.of(source, 0, null, "catalog.import.unreadable", String.valueOf(e.getMessage())));
        }
        return new RawCatalog(tables, errors);
    }

    private static RawCatalog.Table readSheet(CatalogTable table, Sheet sheet, DataFormatter formatter,
                                              FormulaEvaluator evaluator, List<ImportError> errors) {
        String source = table.tableName();
        List<String> header = new ArrayList<>();
        Row headerRow = sheet.getRow(sheet.getFirstRowNum());
        if (headerRow != null) {
            for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                header.add(text(headerRow.getCell(c), formatter, evaluator));
            }
        }
        for (String column : table.requiredColumns()) {
            if (!header.contains(column)) {
                errors.add(ImportError.of(source, 1, column, "catalog.import.missingColumn", column));
            }
        }

        List<RawCatalog.Row> rows = new ArrayList<>();
        int first = headerRow == null ? 0 : headerRow.getRowNum() + 1;
        for (int r = first; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, String> cells = new HashMap<>();
            boolean blank = true;
            for (int c = 0; row != null && c < header.size(); c++) {
                String value = text(row.getCell(c), formatter, evaluator);
                blank &= value.isBlank();
                cells.put(header.get(c), value);
            }
            if (!blank) {
                rows.add(new RawCatalog.Row(r + 1, cells));
            }
        }
        return new RawCatalog.Table(source, header, rows);
    }

    /** A cell as the text a CSV file would hold; a boolean cell reads as true/false, not TRUE/FALSE. */
    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.BOOLEAN) {
            return String.valueOf(cell.getBooleanCellValue());
        }
        return formatter.formatCellValue(cell, evaluator).strip();
    }

    /** The catalogue as a workbook of four sheets, numbers as numbers, everything else as text. */
    public static byte[] write(CatalogData data) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (CatalogTable table : CatalogTable.values()) {
                writeSheet(workbook.createSheet(table.tableName()), table, data.cells(table), bold);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the catalogue workbook", e);
        }
    }

    private static void writeSheet(Sheet sheet, CatalogTable table, List<List<String>> rows, CellStyle bold) {
        Row header = sheet.createRow(0);
        List<String> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(bold);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<String> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                String value = values.get(c);
                if (value.isEmpty()) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (NUMBER_COLUMNS.contains(columns.get(c))) {
                    cell.setCellValue(Integer.parseInt(value));
                } else {
                    cell.setCellValue(value);
                }
            }
        }
    }
}
