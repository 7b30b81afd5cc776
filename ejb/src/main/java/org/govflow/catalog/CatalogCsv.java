package org.govflow.catalog;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the catalogue's four CSV files (format in src/main/resources/catalogue/README.md) into
 * {@link CatalogData}. Reading is lenient about layout only; the rules of a valid catalogue are checked
 * when it is imported.
 */
public final class CatalogCsv {

    /** The classpath folder of the catalogue that ships with GovFlow. */
    public static final String BUNDLED = "/catalogue/";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private CatalogCsv() {
    }

    /** The catalogue bundled with GovFlow. */
    public static CatalogData readBundled() {
        return new CatalogData(
                read(BUNDLED + "departments.csv", CatalogCsv::department),
                read(BUNDLED + "items.csv", CatalogCsv::item),
                read(BUNDLED + "materials.csv", CatalogCsv::material),
                read(BUNDLED + "steps.csv", CatalogCsv::step));
    }

    /** Reads one CSV table, mapping each record; the header names the columns. */
    public static <T> List<T> read(Reader reader, Function<CSVRecord, T> mapper) throws IOException {
        List<T> rows = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(reader)) {
            for (CSVRecord record : parser) {
                rows.add(mapper.apply(record));
            }
        }
        return rows;
    }

    private static <T> List<T> read(String resource, Function<CSVRecord, T> mapper) {
        InputStream in = CatalogCsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled catalogue file missing: " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, mapper);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static CatalogData.DepartmentRow department(CSVRecord r) {
        return new CatalogData.DepartmentRow(row(r), r.get("code"), r.get("name"), r.get("windows"), r.get("phone"),
                r.get("address"), Boolean.parseBoolean(r.get("active")));
    }

    static CatalogData.ItemRow item(CSVRecord r) {
        ItemTerms terms = new ItemTerms(r.get("name"), ItemKind.valueOf(r.get("kind")), r.get("legal_basis"),
                r.get("conditions"), Integer.parseInt(r.get("legal_days")), Integer.parseInt(r.get("promised_days")),
                r.get("fee_standard"), emptyToNull(r.get("fee_basis")), r.get("phone"),
                Boolean.parseBoolean(r.get("publish_decisions")));
        return new CatalogData.ItemRow(row(r), r.get("code"), r.get("department_code"), terms);
    }

    static CatalogData.MaterialRow material(CSVRecord r) {
        return new CatalogData.MaterialRow(row(r), r.get("item_code"), Integer.parseInt(r.get("seq")), r.get("name"),
                MaterialForm.valueOf(r.get("form")), Integer.parseInt(r.get("copies")),
                Boolean.parseBoolean(r.get("mandatory")), emptyToNull(r.get("template_file")));
    }

    static CatalogData.StepRow step(CSVRecord r) {
        return new CatalogData.StepRow(row(r), r.get("item_code"), Integer.parseInt(r.get("seq")), r.get("name"),
                StepKind.valueOf(r.get("kind")), r.get("department_code"), r.get("post"), emptyToNull(r.get("person")),
                Integer.parseInt(r.get("limit_days")), Boolean.parseBoolean(r.get("excluded")),
                emptyToNull(r.get("parallel_group")));
    }

    /** The row number as a spreadsheet shows it: the header is row 1. */
    private static int row(CSVRecord r) {
        return (int) r.getRecordNumber() + 1;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
