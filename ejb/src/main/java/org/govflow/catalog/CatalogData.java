package org.govflow.catalog;

import java.util.List;

/**
 * A whole catalogue as read from its files, before it touches the database: one record per row of
 * each of the four tables (departments, items, materials, steps), with the row number it came from.
 */
public record CatalogData(List<DepartmentRow> departments, List<ItemRow> items, List<MaterialRow> materials,
                          List<StepRow> steps) {

    public CatalogData {
        departments = List.copyOf(departments);
        items = List.copyOf(items);
        materials = List.copyOf(materials);
        steps = List.copyOf(steps);
    }

    /** A row of departments.csv. */
    public record DepartmentRow(int row, String code, String name, String windows, String phone, String address,
                                boolean active) {
    }

    /** A row of items.csv. */
    public record ItemRow(int row, String code, String departmentCode, ItemTerms terms) {
    }

    /** A row of materials.csv. */
    public record MaterialRow(int row, String itemCode, int seq, String name, MaterialForm form, int copies,
                              boolean mandatory, String templateFile) {
    }

    /** A row of steps.csv. */
    public record StepRow(int row, String itemCode, int seq, String name, StepKind kind, String departmentCode,
                          String post, String person, int limitDays, boolean excluded, String parallelGroup) {
    }
}
