package org.govflow.catalog;

import java.util.List;

/**
 * The four tables of a catalogue file set and their columns, in the order the CSV files and the XLSX
 * sheets hold them (see src/main/resources/catalogue/README.md).
 */
public enum CatalogTable {

    DEPARTMENTS("departments", List.of("code", "name", "windows", "phone", "address", "active")),
    ITEMS("items", List.of("code", "name", "kind", "department_code", "legal_basis", "conditions", "legal_days",
            "promised_days", "fee_standard", "fee_basis", "phone", "publish_decisions")),
    MATERIALS("materials", List.of("item_code", "seq", "name", "form", "copies", "mandatory", "template_file")),
    STEPS("steps", List.of("item_code", "seq", "name", "kind", "department_code", "post", "person", "limit_days",
            "excluded", "parallel_group"));

    private final String tableName;
    private final List<String> columns;

    CatalogTable(String tableName, List<String> columns) {
        this.tableName = tableName;
        this.columns = columns;
    }

    /** The sheet name in a workbook, and the CSV file name without ".csv". */
    public String tableName() {
        return tableName;
    }

    public String csvFileName() {
        return tableName + ".csv";
    }

    public List<String> columns() {
        return columns;
    }
}
