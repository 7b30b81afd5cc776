package org.govflow.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The four tables of a catalogue file set and their columns, in the order the CSV files and the XLSX
 * sheets hold them (see src/main/resources/catalogue/README.md). Optional columns come last: a file may
 * leave them out, and an export always writes them.
 */
public enum CatalogTable {

    DEPARTMENTS("departments", List.of("code", "name", "windows", "phone", "address", "active")),
    ITEMS("items", List.of("code", "name", "kind", "department_code", "legal_basis", "conditions", "legal_days",
            "promised_days", "fee_standard", "fee_basis", "phone", "publish_decisions"), List.of("extension_cap")),
    MATERIALS("materials", List.of("item_code", "seq", "name", "form", "copies", "mandatory", "template_file")),
    STEPS("steps", List.of("item_code", "seq", "name", "kind", "department_code", "post", "person", "limit_days",
            "excluded", "parallel_group"));

    private final String tableName;
    private final List<String> required;
    private final List<String> columns;

    CatalogTable(String tableName, List<String> required) {
        this(tableName, required, List.of());
    }

    CatalogTable(String tableName, List<String> required, List<String> optional) {
        this.tableName = tableName;
        this.required = required;
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        this.columns = List.copyOf(all);
    }

    /** The sheet name in a workbook, and the CSV file name without ".csv". */
    public String tableName() {
        return tableName;
    }

    public String csvFileName() {
        return tableName + ".csv";
    }

    /** Every column, the optional ones last. */
    public List<String> columns() {
        return columns;
    }

    /** The columns a file must have. */
    public List<String> requiredColumns() {
        return required;
    }
}
