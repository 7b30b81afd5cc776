package org.govflow.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * GovFlow's checks of a catalogue before anything of it is stored: every cell of every row is checked and
 * every fault is reported with its file or sheet, row and column; a value that does not parse is a fault,
 * never an exception. The rules are listed in src/main/resources/catalogue/README.md. The same checks
 * guard the bundled catalogue on first start, an administrator's import and a draft before it is saved.
 */
public final class CatalogValidator {

    /** The fee standard of an item that costs nothing. */
    public static final String FREE = "不收费";

    private static final Pattern DEPARTMENT_CODE = Pattern.compile("[A-Z]{2,6}");
    private static final Pattern ITEM_CODE = Pattern.compile("([A-Z]{2,6})-\\d{3}");

    /** Errors about the layout of the files: with one of them, checking the rows would only add noise. */
    private static final Set<String> LAYOUT_ERRORS = Set.of("catalog.import.noFiles", "catalog.import.unknownFile",
            "catalog.import.unreadable", "catalog.import.missingTable", "catalog.import.missingColumn",
            "catalog.import.malformed");

    private final Set<String> existingDepartments;
    private final Predicate<String> formExists;

    /**
     * @param existingDepartments codes of the departments already stored, which a file may refer to
     * @param formExists          whether a blank form of that file name is stored or comes with the upload
     */
    public CatalogValidator(Set<String> existingDepartments, Predicate<String> formExists) {
        this.existingDepartments = Set.copyOf(existingDepartments);
        this.formExists = formExists;
    }

    /** The outcome: the typed catalogue, usable only when there is no error. */
    public record Result(CatalogData data, List<ImportError> errors) {

        public Result {
            errors = List.copyOf(errors);
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** Checks a whole catalogue as read from its files. */
    public Result validate(RawCatalog raw) {
        List<ImportError> errors = new ArrayList<>(raw.readErrors());
        if (errors.stream().anyMatch(e -> LAYOUT_ERRORS.contains(e.key()))) {
            return new Result(new CatalogData(List.of(), List.of(), List.of(), List.of()), errors);
        }

        Set<String> knownDepartments = new HashSet<>(existingDepartments);
        raw.table(CatalogTable.DEPARTMENTS).rows().forEach(r -> knownDepartments.add(r.get("code")));
        knownDepartments.remove("");
        Set<String> knownItems = raw.table(CatalogTable.ITEMS).rows().stream()
                .map(r -> r.get("code"))
                .filter(code -> !code.isEmpty())
                .collect(Collectors.toSet());

        Set<String> brokenItems = new HashSet<>();
        List<CatalogData.DepartmentRow> departments = departments(raw.table(CatalogTable.DEPARTMENTS), errors);
        Map<String, CatalogData.ItemRow> items = items(raw.table(CatalogTable.ITEMS), knownDepartments, errors);
        List<CatalogData.MaterialRow> materials = materials(raw.table(CatalogTable.MATERIALS), knownItems,
                brokenItems, errors);
        List<CatalogData.StepRow> steps = steps(raw.table(CatalogTable.STEPS), knownItems, knownDepartments,
                brokenItems, errors);

        Map<String, List<CatalogData.MaterialRow>> materialsByItem = materials.stream()
                .collect(Collectors.groupingBy(CatalogData.MaterialRow::itemCode));
        Map<String, List<CatalogData.StepRow>> stepsByItem = steps.stream()
                .collect(Collectors.groupingBy(CatalogData.StepRow::itemCode));
        Set<String> checked = new HashSet<>();
        for (RawCatalog.Row row : raw.table(CatalogTable.ITEMS).rows()) {
            String code = row.get("code");
            if (code.isEmpty() || brokenItems.contains(code) || !checked.add(code)) {
                continue;
            }
            ItemSource item = new ItemSource(raw.table(CatalogTable.ITEMS).source(), row.row(), code,
                    items.get(code));
            checkMaterials(item, materialsByItem.getOrDefault(code, List.of()),
                    raw.table(CatalogTable.MATERIALS).source(), errors);
            checkFlow(item, stepsByItem.getOrDefault(code, List.of()), raw.table(CatalogTable.STEPS).source(),
                    errors);
        }

        errors.sort(byPosition(raw));
        return new Result(new CatalogData(departments, List.copyOf(items.values()), materials, steps), errors);
    }

    /**
     * Checks one item version as a draft editor holds it, with exactly the rules of a file import. Errors
     * name the tables (items, materials, steps) as source and the line of the material or step as row.
     */
    public List<ImportError> validateVersion(String itemCode, String departmentCode, ItemTerms terms,
                                             List<CatalogData.MaterialRow> materials,
                                             List<CatalogData.StepRow> steps) {
        CatalogData data = new CatalogData(List.of(),
                List.of(new CatalogData.ItemRow(1, itemCode, departmentCode, terms)), materials, steps);
        Map<CatalogTable, RawCatalog.Table> tables = new EnumMap<>(CatalogTable.class);
        for (CatalogTable table : CatalogTable.values()) {
            List<RawCatalog.Row> rows = new ArrayList<>();
            List<List<String>> cells = data.cells(table);
            for (int i = 0; i < cells.size(); i++) {
                Map<String, String> values = new HashMap<>();
                for (int c = 0; c < table.columns().size(); c++) {
                    values.put(table.columns().get(c), cells.get(i).get(c));
                }
                rows.add(new RawCatalog.Row(i + 1, values));
            }
            tables.put(table, new RawCatalog.Table(table.tableName(), table.columns(), rows));
        }
        return validate(new RawCatalog(tables, List.of())).errors();
    }

    private List<CatalogData.DepartmentRow> departments(RawCatalog.Table table, List<ImportError> errors) {
        List<CatalogData.DepartmentRow> rows = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        for (RawCatalog.Row row : table.rows()) {
            Cells c = new Cells(table.source(), row, errors);
            String code = c.required("code", 20);
            if (code != null && !DEPARTMENT_CODE.matcher(code).matches()) {
                c.fail("code", "catalog.check.departmentCode", code);
            } else if (code != null) {
                c.unique("code", code, codes, "catalog.check.duplicateDepartment");
            }
            String name = c.required("name", 100);
            if (name != null) {
                c.unique("name", name, names, "catalog.check.duplicateDepartmentName");
            }
            String windows = c.optional("windows", 100);
            String phone = c.optional("phone", 40);
            String address = c.optional("address", 200);
            Boolean active = c.bool("active");
            if (c.ok) {
                rows.add(new CatalogData.DepartmentRow(row.row(), code, name, windows, phone, address, active));
            }
        }
        return rows;
    }

    private Map<String, CatalogData.ItemRow> items(RawCatalog.Table table, Set<String> knownDepartments,
                                                   List<ImportError> errors) {
        Map<String, CatalogData.ItemRow> rows = new LinkedHashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        for (RawCatalog.Row row : table.rows()) {
            Cells c = new Cells(table.source(), row, errors);
            String code = c.required("code", 30);
            boolean firstOfCode = code != null && c.unique("code", code, codes, "catalog.check.duplicateItem");
            String name = c.required("name", 200);
            if (name != null) {
                c.unique("name", name, names, "catalog.check.duplicateItemName");
            }
            ItemKind kind = c.choice("kind", ItemKind.class);
            String department = c.department("department_code", knownDepartments);
            if (code != null) {
                Matcher matcher = ITEM_CODE.matcher(code);
                if (!matcher.matches()) {
                    c.fail("code", "catalog.check.itemCode", code);
                } else if (department != null && !matcher.group(1).equals(department)) {
                    c.fail("code", "catalog.check.itemCodePrefix", code, department);
                }
            }
            String legalBasis = c.required("legal_basis", 1000);
            String conditions = c.required("conditions", 4000);
            Integer legalDays = c.integer("legal_days", 1);
            Integer promisedDays = c.integer("promised_days", 1);
            if (legalDays != null && promisedDays != null && promisedDays > legalDays) {
                c.fail("promised_days", "catalog.check.promisedAboveLegal", promisedDays, legalDays);
            }
            String feeStandard = c.required("fee_standard", 500);
            String feeBasis = c.optional("fee_basis", 1000);
            if (feeStandard != null && FREE.equals(feeStandard) && feeBasis != null) {
                c.fail("fee_basis", "catalog.check.feeBasisForFree");
            } else if (feeStandard != null && !FREE.equals(feeStandard) && feeBasis == null) {
                c.fail("fee_basis", "catalog.check.feeBasisMissing");
            }
            String phone = c.optional("phone", 40);
            Boolean publishDecisions = c.bool("publish_decisions");
            Integer extensionCap = row.get("extension_cap").isEmpty() ? null : c.integer("extension_cap", 0);
            if (c.ok && firstOfCode) {
                rows.put(code, new CatalogData.ItemRow(row.row(), code, department, new ItemTerms(name, kind,
                        legalBasis, conditions, legalDays, promisedDays, feeStandard, feeBasis, phone,
                        publishDecisions, extensionCap)));
            }
        }
        return rows;
    }

    private List<CatalogData.MaterialRow> materials(RawCatalog.Table table, Set<String> knownItems,
                                                    Set<String> brokenItems, List<ImportError> errors) {
        List<CatalogData.MaterialRow> rows = new ArrayList<>();
        for (RawCatalog.Row row : table.rows()) {
            Cells c = new Cells(table.source(), row, errors);
            String item = c.item("item_code", knownItems);
            Integer seq = c.integer("seq", 1);
            String name = c.required("name", 200);
            MaterialForm form = c.choice("form", MaterialForm.class);
            Integer copies = c.integer("copies", 1);
            Boolean mandatory = c.bool("mandatory");
            String template = c.optional("template_file", 200);
            if (template != null && !formExists.test(template)) {
                c.fail("template_file", "catalog.check.unknownForm", template);
            }
            if (c.ok) {
                rows.add(new CatalogData.MaterialRow(row.row(), item, seq, name, form, copies, mandatory, template));
            } else if (item != null) {
                brokenItems.add(item);
            }
        }
        return rows;
    }

    private List<CatalogData.StepRow> steps(RawCatalog.Table table, Set<String> knownItems,
                                            Set<String> knownDepartments, Set<String> brokenItems,
                                            List<ImportError> errors) {
        List<CatalogData.StepRow> rows = new ArrayList<>();
        for (RawCatalog.Row row : table.rows()) {
            Cells c = new Cells(table.source(), row, errors);
            String item = c.item("item_code", knownItems);
            Integer seq = c.integer("seq", 1);
            String name = c.required("name", 100);
            StepKind kind = c.choice("kind", StepKind.class);
            String department = c.department("department_code", knownDepartments);
            String post = c.required("post", 60);
            String person = c.optional("person", 60);
            Integer limitDays = c.integer("limit_days", 0);
            Boolean excluded = c.bool("excluded");
            String group = c.optional("parallel_group", 20);
            if (kind != null && excluded != null && excluded && kind != StepKind.REVIEW) {
                c.fail("excluded", "catalog.check.excludedNotReview");
            }
            if (c.ok) {
                rows.add(new CatalogData.StepRow(row.row(), item, seq, name, kind, department, post, person,
                        limitDays, excluded, group));
            } else if (item != null) {
                brokenItems.add(item);
            }
        }
        return rows;
    }

    /** An item row as the per-item checks need it; data is null when the row itself has faults. */
    private record ItemSource(String source, int row, String code, CatalogData.ItemRow data) {
    }

    private static void checkMaterials(ItemSource item, List<CatalogData.MaterialRow> materials, String source,
                                       List<ImportError> errors) {
        if (materials.isEmpty()) {
            errors.add(ImportError.of(item.source(), item.row(), "code", "catalog.check.noMaterials", item.code()));
            return;
        }
        checkSequence(materials.stream().map(m -> new int[] {m.seq(), m.row()}).toList(), source, errors);
        Set<String> names = new HashSet<>();
        for (CatalogData.MaterialRow material : materials) {
            if (!names.add(material.name())) {
                errors.add(ImportError.of(source, material.row(), "name", "catalog.check.duplicateMaterialName",
                        material.name()));
            }
        }
    }

    /** Numbers must run 1..n: each duplicate is reported at its row, each gap at the item's first row. */
    private static boolean checkSequence(List<int[]> seqAndRow, String source, List<ImportError> errors) {
        boolean ok = true;
        Set<Integer> seen = new HashSet<>();
        for (int[] entry : seqAndRow) {
            if (!seen.add(entry[0])) {
                errors.add(ImportError.of(source, entry[1], "seq", "catalog.check.seqDuplicate",
                        String.valueOf(entry[0])));
                ok = false;
            }
        }
        int firstRow = seqAndRow.stream().mapToInt(e -> e[1]).min().orElse(0);
        TreeSet<Integer> missing = new TreeSet<>();
        for (int n = 1; n <= seqAndRow.size(); n++) {
            if (!seen.contains(n)) {
                missing.add(n);
            }
        }
        if (!missing.isEmpty()) {
            errors.add(ImportError.of(source, firstRow, "seq", "catalog.check.seqGap",
                    missing.stream().map(String::valueOf).collect(Collectors.joining(", "))));
            ok = false;
        }
        return ok;
    }

    private static void checkFlow(ItemSource item, List<CatalogData.StepRow> unordered, String source,
                                  List<ImportError> errors) {
        if (unordered.isEmpty()) {
            errors.add(ImportError.of(item.source(), item.row(), "code", "catalog.check.noSteps", item.code()));
            return;
        }
        if (!checkSequence(unordered.stream().map(s -> new int[] {s.seq(), s.row()}).toList(), source, errors)) {
            return;
        }
        List<CatalogData.StepRow> steps = unordered.stream()
                .sorted(Comparator.comparingInt(CatalogData.StepRow::seq))
                .toList();

        CatalogData.StepRow first = steps.get(0);
        CatalogData.StepRow last = steps.get(steps.size() - 1);
        if (first.kind() != StepKind.ACCEPT) {
            errors.add(ImportError.of(source, first.row(), "kind", "catalog.check.firstNotAccept", first.kind()));
        }
        if (last.kind() != StepKind.ISSUE) {
            errors.add(ImportError.of(source, last.row(), "kind", "catalog.check.lastNotIssue", last.kind()));
        }
        for (int i = 1; i < steps.size() - 1; i++) {
            CatalogData.StepRow step = steps.get(i);
            if (step.kind() == StepKind.ACCEPT) {
                errors.add(ImportError.of(source, step.row(), "kind", "catalog.check.acceptNotFirst"));
            } else if (step.kind() == StepKind.ISSUE) {
                errors.add(ImportError.of(source, step.row(), "kind", "catalog.check.issueNotLast"));
            }
        }
        if (steps.stream().noneMatch(s -> s.kind() == StepKind.DECISION)) {
            errors.add(ImportError.of(source, first.row(), "kind", "catalog.check.noDecision"));
        }
        checkParallelGroups(steps, source, errors);
        if (item.data() != null) {
            checkLimits(item, steps, source, errors);
        }
    }

    private static void checkParallelGroups(List<CatalogData.StepRow> steps, String source,
                                            List<ImportError> errors) {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).parallelGroup() != null) {
                positions.computeIfAbsent(steps.get(i).parallelGroup(), g -> new ArrayList<>()).add(i);
            }
        }
        positions.forEach((group, at) -> {
            CatalogData.StepRow first = steps.get(at.get(0));
            if (at.size() < 2) {
                errors.add(ImportError.of(source, first.row(), "parallel_group", "catalog.check.parallelTooSmall",
                        group));
            }
            if (at.get(at.size() - 1) - at.get(0) + 1 != at.size()) {
                errors.add(ImportError.of(source, first.row(), "parallel_group",
                        "catalog.check.parallelNotAdjacent", group));
            }
            Set<String> departments = new HashSet<>();
            for (int i : at) {
                CatalogData.StepRow step = steps.get(i);
                if (step.kind() != StepKind.REVIEW) {
                    errors.add(ImportError.of(source, step.row(), "kind", "catalog.check.parallelNotReview"));
                }
                if (!departments.add(step.departmentCode())) {
                    errors.add(ImportError.of(source, step.row(), "department_code",
                            "catalog.check.parallelSameDepartment", group, step.departmentCode()));
                }
            }
        });
    }

    /** No step beyond the promised limit, and the counted steps (a parallel group once) within it. */
    private static void checkLimits(ItemSource item, List<CatalogData.StepRow> steps, String source,
                                    List<ImportError> errors) {
        int promised = item.data().terms().promisedDays();
        int total = 0;
        Map<String, Integer> groupLongest = new HashMap<>();
        for (CatalogData.StepRow step : steps) {
            if (step.limitDays() > promised) {
                errors.add(ImportError.of(source, step.row(), "limit_days", "catalog.check.stepAbovePromised",
                        step.limitDays(), promised));
            }
            if (step.excluded()) {
                continue;
            }
            if (step.parallelGroup() == null) {
                total += step.limitDays();
            } else {
                groupLongest.merge(step.parallelGroup(), step.limitDays(), Math::max);
            }
        }
        total += groupLongest.values().stream().mapToInt(Integer::intValue).sum();
        if (total > promised) {
            errors.add(ImportError.of(item.source(), item.row(), "promised_days", "catalog.check.stepsAbovePromised",
                    total, promised));
        }
    }

    /** Files first in table order, then by row: the order an administrator fixes them in. */
    private static Comparator<ImportError> byPosition(RawCatalog raw) {
        Map<String, Integer> order = new HashMap<>();
        for (CatalogTable table : CatalogTable.values()) {
            order.put(raw.table(table).source(), table.ordinal());
        }
        return Comparator.comparingInt((ImportError e) -> order.getOrDefault(e.source(), -1))
                .thenComparingInt(ImportError::row);
    }

    /** The cells of one row, parsed one column at a time; each fault is recorded and clears {@link #ok}. */
    private static final class Cells {

        private final String source;
        private final RawCatalog.Row row;
        private final List<ImportError> errors;
        private boolean ok = true;

        Cells(String source, RawCatalog.Row row, List<ImportError> errors) {
            this.source = source;
            this.row = row;
            this.errors = errors;
        }

        void fail(String column, String key, Object... arguments) {
            errors.add(ImportError.of(source, row.row(), column, key, arguments));
            ok = false;
        }

        String required(String column, int maxLength) {
            String value = row.get(column);
            if (value.isEmpty()) {
                fail(column, "catalog.check.required");
                return null;
            }
            return length(column, value, maxLength);
        }

        String optional(String column, int maxLength) {
            String value = row.get(column);
            return value.isEmpty() ? null : length(column, value, maxLength);
        }

        private String length(String column, String value, int maxLength) {
            if (value.length() > maxLength) {
                fail(column, "catalog.check.tooLong", maxLength);
                return null;
            }
            return value;
        }

        Integer integer(String column, int min) {
            String value = required(column, 9);
            if (value == null) {
                return null;
            }
            int number;
            try {
                number = Integer.parseInt(value);
            } catch (NumberFormatException notANumber) {
                fail(column, "catalog.check.integer", value);
                return null;
            }
            if (number < min) {
                fail(column, "catalog.check.atLeast", min);
                return null;
            }
            return number;
        }

        Boolean bool(String column) {
            String value = row.get(column);
            if (value.isEmpty()) {
                fail(column, "catalog.check.required");
                return null;
            }
            if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
                return Boolean.parseBoolean(value);
            }
            fail(column, "catalog.check.boolean", value);
            return null;
        }

        <E extends Enum<E>> E choice(String column, Class<E> type) {
            String value = required(column, 40);
            if (value == null) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
            fail(column, "catalog.check.enum", value, Arrays.stream(type.getEnumConstants())
                    .map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return null;
        }

        String department(String column, Set<String> known) {
            String code = required(column, 20);
            if (code != null && !known.contains(code)) {
                fail(column, "catalog.check.unknownDepartment", code);
                return null;
            }
            return code;
        }

        String item(String column, Set<String> known) {
            String code = required(column, 30);
            if (code != null && !known.contains(code)) {
                fail(column, "catalog.check.unknownItem", code);
                return null;
            }
            return code;
        }

        /** Whether this is the first row with the value; a later one is reported as a duplicate. */
        boolean unique(String column, String value, Map<String, Integer> seen, String key) {
            Integer earlier = seen.putIfAbsent(value, row.row());
            if (earlier != null) {
                fail(column, key, value, String.valueOf(earlier));
                return false;
            }
            return true;
        }
    }
}
