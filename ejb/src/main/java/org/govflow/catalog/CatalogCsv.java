package org.govflow.catalog;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the catalogue's four CSV files (format in src/main/resources/catalogue/README.md).
 * Reading keeps every cell as text ({@link RawCatalog}); whether the values make a valid catalogue is the
 * {@link CatalogValidator}'s question. A file that cannot be parsed becomes an {@link ImportError}, never
 * an exception.
 */
public final class CatalogCsv {

    /** The classpath folder of the catalogue that ships with GovFlow. */
    public static final String BUNDLED = "/catalogue/";

    private static final CSVFormat READ = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder()
            .setRecordSeparator('\n')
            .get();

    private CatalogCsv() {
    }

    /** The catalogue bundled with GovFlow, as its files hold it. */
    public static RawCatalog readBundled() {
        Map<CatalogTable, byte[]> files = new EnumMap<>(CatalogTable.class);
        for (CatalogTable table : CatalogTable.values()) {
            String resource = BUNDLED + table.csvFileName();
            try (InputStream in = CatalogCsv.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("bundled catalogue file missing: " + resource);
                }
                files.put(table, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return read(files);
    }

    /** Reads the four files by table; a table without its file is reported as missing. */
    public static RawCatalog read(Map<CatalogTable, byte[]> files) {
        List<ImportError> errors = new ArrayList<>();
        Map<CatalogTable, RawCatalog.Table> tables = new EnumMap<>(CatalogTable.class);
        for (CatalogTable table : CatalogTable.values()) {
            byte[] content = files.get(table);
            if (content == null) {
                errors.add(ImportError.of(table.csvFileName(), 0, null, "catalog.import.missingTable",
                        table.csvFileName()));
                continue;
            }
            tables.put(table, readTable(table, new String(content, StandardCharsets.UTF_8), errors));
        }
        return new RawCatalog(tables, errors);
    }

    /** Reads one table from the text of its CSV file, adding what is wrong with its layout to errors. */
    static RawCatalog.Table readTable(CatalogTable table, String text, List<ImportError> errors) {
        String source = table.csvFileName();
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<RawCatalog.Row> rows = new ArrayList<>();
        List<String> header = List.of();
        try (CSVParser parser = READ.parse(new StringReader(content))) {
            header = parser.getHeaderNames();
            for (String column : table.requiredColumns()) {
                if (!header.contains(column)) {
                    errors.add(ImportError.of(source, 1, column, "catalog.import.missingColumn", column));
                }
            }
            for (CSVRecord record : parser) {
                rows.add(row(record, header, source, errors));
            }
        } catch (IOException | RuntimeException e) {
            // a malformed quote or a duplicated header: nothing after it can be trusted
            errors.add(ImportError.of(source, rows.size() + 2, null, "catalog.import.malformed",
                    String.valueOf(e.getMessage())));
        }
        return new RawCatalog.Table(source, header, rows);
    }

    private static RawCatalog.Row row(CSVRecord record, List<String> header, String source,
                                      List<ImportError> errors) {
        int rowNumber = (int) record.getRecordNumber() + 1;
        if (record.size() != header.size()) {
            errors.add(ImportError.of(source, rowNumber, null, "catalog.import.columnCount",
                    String.valueOf(record.size()), String.valueOf(header.size())));
        }
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
            cells.put(header.get(i), record.get(i));
        }
        return new RawCatalog.Row(rowNumber, cells);
    }

    /** Writes one table as CSV: the header, then one line per row of cells in the table's column order. */
    public static void write(CatalogTable table, List<List<String>> rows, Writer writer) throws IOException {
        CSVPrinter printer = new CSVPrinter(writer, WRITE);
        printer.printRecord(table.columns());
        for (List<String> row : rows) {
            printer.printRecord(row);
        }
        printer.flush();
    }
}
