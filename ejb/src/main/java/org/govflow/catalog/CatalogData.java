package org.govflow.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole catalogue that has passed validation, before it touches the database: one record per row of
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

    /** The rows of one table as text cells, in the table's column order: what the CSV and XLSX files hold. */
    public List<List<String>> cells(CatalogTable table) {
        List<List<String>> rows = new ArrayList<>();
        switch (table) {
            case DEPARTMENTS -> departments.forEach(d -> rows.add(List.of(d.code(), d.name(), text(d.windows()),
                    text(d.phone()), text(d.address()), String.valueOf(d.active()))));
            case ITEMS -> items.forEach(i -> {
                ItemTerms t = i.terms();
                rows.add(List.of(i.code(), t.name(), t.kind().name(), i.departmentCode(), t.legalBasis(),
                        t.conditions(), String.valueOf(t.legalDays()), String.valueOf(t.promisedDays()),
                        t.feeStandard(), text(t.feeBasis()), text(t.phone()), String.valueOf(t.publishDecisions()),
                        t.extensionCap() == null ? "" : String.valueOf(t.extensionCap())));
            });
            case MATERIALS -> materials.forEach(m -> rows.add(List.of(m.itemCode(), String.valueOf(m.seq()),
                    m.name(), m.form().name(), String.valueOf(m.copies()), String.valueOf(m.mandatory()),
                    text(m.templateFile()))));
            case STEPS -> steps.forEach(s -> rows.add(List.of(s.itemCode(), String.valueOf(s.seq()), s.name(),
                    s.kind().name(), s.departmentCode(), s.post(), text(s.person()), String.valueOf(s.limitDays()),
                    String.valueOf(s.excluded()), text(s.parallelGroup()))));
        }
        return rows;
    }

    /** A version's materials as file rows, numbered by line. */
    public static List<MaterialRow> materialRows(ItemVersion version) {
        String code = version.getItem().getCode();
        return version.getMaterials().stream()
                .map(m -> new MaterialRow(m.getSeq(), code, m.getSeq(), m.getName(), m.getForm(),
                        m.getCopies(), m.isMandatory(), m.getTemplateFile()))
                .toList();
    }

    /** A version's steps as file rows, numbered by line. */
    public static List<StepRow> stepRows(ItemVersion version) {
        String code = version.getItem().getCode();
        return version.getSteps().stream()
                .map(s -> new StepRow(s.getSeq(), code, s.getSeq(), s.getName(), s.getKind(),
                        s.getDepartment().getCode(), s.getPost(), s.getPerson(), s.getLimitDays(), s.isExcluded(),
                        s.getParallelGroup()))
                .toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
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
