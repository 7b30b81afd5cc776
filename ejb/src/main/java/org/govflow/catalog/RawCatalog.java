package org.govflow.catalog;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A catalogue exactly as its files hold it: every cell as text, with the row number it came from, before
 * any check. Reading never fails on a value; whatever a file gets wrong in its layout (a missing sheet or
 * column, a malformed line) is kept in {@link #readErrors()} so the validator can report it with the rest.
 */
public record RawCatalog(Map<CatalogTable, Table> tables, List<ImportError> readErrors) {

    public RawCatalog {
        tables = Map.copyOf(tables);
        readErrors = List.copyOf(readErrors);
    }

    public Table table(CatalogTable table) {
        return tables.getOrDefault(table, new Table(table.tableName(), List.of(), List.of()));
    }

    /**
     * One table of a catalogue.
     *
     * @param source the file or sheet name the table came from, as error messages name it
     */
    public record Table(String source, List<String> header, List<Row> rows) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /**
     * One row of a table.
     *
     * @param row the row number as a spreadsheet shows it: the header is row 1
     */
    public record Row(int row, Map<String, String> cells) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public Row {
            cells = Map.copyOf(cells);
        }

        /** The trimmed text of a cell, empty when the cell is empty or missing. */
        public String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }
}
