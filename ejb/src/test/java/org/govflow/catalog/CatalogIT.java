package org.govflow.catalog;

import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govflow.audit.AuditEntry;
import org.govflow.audit.AuditLog;
import org.govflow.testing.Identities;
import org.govflow.testing.ServiceDeployment;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The catalogue in the container: loaded from the bundled files on first start, imported all-or-nothing,
 * exported and imported back unchanged, versioned through drafts, and searched in the database.
 */
class CatalogIT extends ServiceDeployment {

    @Inject
    private CatalogService catalogService;

    @Inject
    private AuditLog auditLog;

    @Test
    void bundledCatalogueIsLoadedWholeOnFirstStart() {
        RawCatalog files = CatalogCsv.readBundled();
        int departmentRows = files.table(CatalogTable.DEPARTMENTS).rows().size();
        int itemRows = files.table(CatalogTable.ITEMS).rows().size();

        assertThat(departmentRows).isGreaterThanOrEqualTo(40);
        assertThat(itemRows).isGreaterThanOrEqualTo(769);
        assertThat(catalogService.listDepartments()).hasSize(departmentRows);
        assertThat(catalogService.countItems()).isEqualTo(itemRows);
        Map<String, Long> perDepartment = catalogService.countItemsByDepartment();
        assertThat(perDepartment.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(itemRows);
        assertThat(perDepartment).containsEntry("SCJ", 56L);
    }

    @Test
    void publishedVersionCarriesMaterialsAndFlowFromWindowToWindow() {
        ItemVersion version = catalogService.getPublishedVersion("FGW-001");

        assertThat(version.getName()).isEqualTo("企业投资项目核准（首次申请）");
        assertThat(version.getStatus()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(version.getItem().getDepartment().getName()).isEqualTo("市发展和改革委员会");
        assertThat(version.getPromisedDays()).isBetween(1, version.getLegalDays());
        assertThat(version.getMaterials()).isNotEmpty();
        assertThat(version.getSteps().get(0).getKind()).isEqualTo(StepKind.ACCEPT);
        assertThat(version.getSteps().get(version.getSteps().size() - 1).getKind()).isEqualTo(StepKind.ISSUE);
        assertThat(version.getSteps()).filteredOn(FlowStep::isParallel)
                .extracting(s -> s.getDepartment().getCode())
                .contains("FGW", "ZRJ", "STJ");
        assertThat(catalogService.findFormDownload(version.getMaterials().get(0).getTemplateFile()))
                .hasValueSatisfying(form -> {
                    assertThat(form.contentType()).isEqualTo("application/pdf");
                    assertThat(new String(form.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                });
    }

    /** The current catalogue's cells with three faults: FGW-001 promised 99 days, a copy count, a department. */
    private static Map<CatalogTable, List<List<String>>> faultyCells(CatalogData current) {
        Map<CatalogTable, List<List<String>>> cells = new EnumMap<>(CatalogTable.class);
        for (CatalogTable table : CatalogTable.values()) {
            List<List<String>> rows = new ArrayList<>();
            current.cells(table).forEach(row -> rows.add(new ArrayList<>(row)));
            cells.put(table, rows);
        }
        cells.get(CatalogTable.ITEMS).get(0).set(7, "99");
        cells.get(CatalogTable.MATERIALS).get(0).set(4, "两份");
        cells.get(CatalogTable.STEPS).get(0).set(4, "NOPE");
        return cells;
    }

    private static List<CatalogFiles.Upload> csvUploads(Map<CatalogTable, List<List<String>>> cells) throws Exception {
        List<CatalogFiles.Upload> uploads = new ArrayList<>();
        for (CatalogTable table : CatalogTable.values()) {
            StringWriter writer = new StringWriter();
            CatalogCsv.write(table, cells.get(table), writer);
            uploads.add(new CatalogFiles.Upload(table.csvFileName(),
                    writer.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return uploads;
    }

    private static CatalogFiles.Upload xlsxUpload(Map<CatalogTable, List<List<String>>> cells) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            for (CatalogTable table : CatalogTable.values()) {
                Sheet sheet = workbook.createSheet(table.tableName());
                List<List<String>> rows = new ArrayList<>();
                rows.add(table.columns());
                rows.addAll(cells.get(table));
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return new CatalogFiles.Upload("事项目录.xlsx", out.toByteArray());
        }
    }

    @Test
    void faultyFilesAreRefusedWithOneMessagePerFaultAndChangeNothing() throws Exception {
        CatalogData before = Identities.as("admin", catalogService::currentCatalog);
        long items = catalogService.countItems();
        int departments = catalogService.listDepartments().size();
        int revision = catalogService.getItem("FGW-001").getCurrentRevision();
        Map<CatalogTable, List<List<String>>> faulty = faultyCells(before);

        ImportReport csv = Identities.as("admin", () -> catalogService.importFiles(csvUploads(faulty)));
        ImportReport xlsx = Identities.as("admin", () -> catalogService.importFiles(List.of(xlsxUpload(faulty))));

        assertThat(csv.imported()).isFalse();
        assertThat(csv.errors())
                .extracting(ImportError::source, ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple("items.csv", 2, "promised_days", "catalog.check.promisedAboveLegal"),
                        tuple("materials.csv", 2, "copies", "catalog.check.integer"),
                        tuple("steps.csv", 2, "department_code", "catalog.check.unknownDepartment"));
        int legalDays = before.items().get(0).terms().legalDays();
        assertThat(csv.errors()).extracting(ImportError::message)
                .containsExactly("承诺时限 99 个工作日超过法定时限 " + legalDays + " 个工作日。", "“两份”不是整数。",
                        "部门代码“NOPE”不存在。");
        assertThat(xlsx.errors())
                .extracting(ImportError::source, ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple("items", 2, "promised_days", "catalog.check.promisedAboveLegal"),
                        tuple("materials", 2, "copies", "catalog.check.integer"),
                        tuple("steps", 2, "department_code", "catalog.check.unknownDepartment"));
        assertThat(catalogService.countItems()).isEqualTo(items);
        assertThat(catalogService.listDepartments()).hasSize(departments);
        assertThat(catalogService.getItem("FGW-001").getCurrentRevision()).isEqualTo(revision);
        assertThat(Identities.as("admin", catalogService::currentCatalog).cells(CatalogTable.ITEMS))
                .isEqualTo(before.cells(CatalogTable.ITEMS));
        assertThat(Identities.as("admin", () -> auditLog.listByAction("CATALOG_IMPORT_REFUSED")))
                .extracting(AuditEntry::getActor).contains("admin");
    }

    @Test
    void exportedCatalogueImportsBackUnchanged() throws Exception {
        CatalogData before = Identities.as("admin", catalogService::currentCatalog);

        byte[] workbook = Identities.as("admin", catalogService::exportXlsx);
        byte[] zip = Identities.as("admin", catalogService::exportCsvZip);
        ImportReport fromWorkbook = Identities.as("admin", () -> catalogService.importFiles(
                List.of(new CatalogFiles.Upload("目录.xlsx", workbook))));
        ImportReport fromZip = Identities.as("admin", () -> catalogService.importFiles(
                List.of(new CatalogFiles.Upload("目录.zip", zip))));

        assertThat(fromWorkbook.errors()).isEmpty();
        assertThat(fromWorkbook.summary()).hasValueSatisfying(summary -> {
            assertThat(summary.items()).isEqualTo(before.items().size());
            assertThat(summary.unchangedItems()).isEqualTo(before.items().size());
            assertThat(summary.newItems() + summary.changedItems() + summary.newDepartments()).isZero();
        });
        assertThat(fromZip.summary()).hasValueSatisfying(summary ->
                assertThat(summary.unchangedItems()).isEqualTo(before.items().size()));
        CatalogData after = Identities.as("admin", catalogService::currentCatalog);
        for (CatalogTable table : CatalogTable.values()) {
            assertThat(after.cells(table)).as(table.tableName()).isEqualTo(before.cells(table));
        }
        assertThat(Identities.as("admin", () -> auditLog.listByAction("CATALOG_IMPORTED")))
                .extracting(AuditEntry::getActor).contains("admin");
    }

    @Test
    void publishedDraftBecomesRevisionTwoAndTheOldVersionStaysReadable() throws Exception {
        ItemVersion first = catalogService.getPublishedVersion("SCJ-002");
        assertThat(first.getRevision()).isEqualTo(1);
        int materialCount = first.getMaterials().size();

        ItemVersion draft = Identities.as("admin", () -> catalogService.startDraft("SCJ-002"));
        List<CatalogData.MaterialRow> materials = new ArrayList<>(CatalogData.materialRows(draft));
        materials.add(new CatalogData.MaterialRow(0, null, materials.size() + 1, "场所平面图", MaterialForm.COPY, 1,
                true, null));
        ItemTerms terms = draft.terms();
        ItemTerms changed = new ItemTerms(terms.name(), terms.kind(), terms.legalBasis(),
                terms.conditions() + "（2026年修订）", terms.legalDays(), terms.promisedDays(), terms.feeStandard(),
                terms.feeBasis(), terms.phone(), terms.publishDecisions());
        Identities.as("admin", () -> catalogService.saveDraft("SCJ-002",
                new DraftContent(changed, materials, CatalogData.stepRows(draft))));
        assertThat(catalogService.getPublishedVersion("SCJ-002").getRevision()).isEqualTo(1);
        ItemVersion published = Identities.as("admin", () -> catalogService.publishDraft("SCJ-002"));

        assertThat(published.getRevision()).isEqualTo(2);
        assertThat(catalogService.getItem("SCJ-002").getCurrentRevision()).isEqualTo(2);
        ItemVersion current = catalogService.getPublishedVersion("SCJ-002");
        assertThat(current.getId()).isEqualTo(published.getId());
        assertThat(current.getConditions()).endsWith("（2026年修订）");
        assertThat(current.getMaterials()).hasSize(materialCount + 1);
        ItemVersion old = catalogService.getVersion(first.getId());
        assertThat(old.getStatus()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(old.getRevision()).isEqualTo(1);
        assertThat(old.getMaterials()).hasSize(materialCount);
        assertThat(old.getConditions()).isEqualTo(first.getConditions());
        assertThat(catalogService.listVersions("SCJ-002")).extracting(ItemVersion::getRevision, ItemVersion::getStatus)
                .containsExactly(tuple(2, VersionStatus.PUBLISHED), tuple(1, VersionStatus.SUPERSEDED));
        assertThat(Identities.as("admin", () -> auditLog.listBySubject("item", "SCJ-002")))
                .extracting(AuditEntry::getAction)
                .containsSubsequence("CATALOG_DRAFT_STARTED", "CATALOG_DRAFT_SAVED", "CATALOG_VERSION_PUBLISHED");
    }

    @Test
    void invalidDraftIsRefusedWithEveryFault() throws Exception {
        ItemVersion draft = Identities.as("admin", () -> catalogService.startDraft("SCJ-003"));
        ItemTerms terms = draft.terms();
        ItemTerms broken = new ItemTerms("", terms.kind(), terms.legalBasis(), terms.conditions(), 5, 9,
                terms.feeStandard(), terms.feeBasis(), terms.phone(), terms.publishDecisions());
        List<CatalogData.StepRow> kept = CatalogData.stepRows(draft).stream()
                .filter(s -> s.kind() != StepKind.DECISION)
                .toList();
        List<CatalogData.StepRow> steps = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            CatalogData.StepRow s = kept.get(i);
            steps.add(new CatalogData.StepRow(i + 1, null, i + 1, s.name(), s.kind(), s.departmentCode(), s.post(),
                    s.person(), s.limitDays(), s.excluded(), s.parallelGroup()));
        }

        assertThatThrownBy(() -> Identities.as("admin", () -> catalogService.saveDraft("SCJ-003",
                new DraftContent(broken, CatalogData.materialRows(draft), steps))))
                .isInstanceOfSatisfying(CatalogValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(ImportError::source, ImportError::column, ImportError::key)
                        .contains(tuple("items", "name", "catalog.check.required"),
                                tuple("items", "promised_days", "catalog.check.promisedAboveLegal"),
                                tuple("steps", "kind", "catalog.check.noDecision")));
        assertThat(catalogService.getPublishedVersion("SCJ-003").getRevision()).isEqualTo(1);
        Identities.as("admin", () -> {
            catalogService.discardDraftOf("SCJ-003");
            return null;
        });
        assertThat(Identities.as("admin", () -> catalogService.findDraft("SCJ-003"))).isEmpty();
    }

    @Test
    void draftsAreForAdministratorsOnly() {
        assertThatThrownBy(() -> Identities.as("clerk", () -> catalogService.startDraft("SCJ-004")))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    @Test
    void searchMatchesPartOfTheNameOrTheCodeInPages() {
        long total = catalogService.countSearch("许可", null);
        List<Item> firstPage = catalogService.search("许可", null, 0, 10);
        List<Item> secondPage = catalogService.search("许可", null, 10, 10);

        assertThat(total).isGreaterThan(20);
        assertThat(firstPage).hasSize(10).allSatisfy(i -> assertThat(i.getName()).contains("许可"));
        assertThat(secondPage).hasSize(10).doesNotContainAnyElementsOf(firstPage);
        assertThat(catalogService.search("scj-00", "SCJ", 0, 50)).extracting(Item::getCode)
                .containsExactly("SCJ-001", "SCJ-002", "SCJ-003", "SCJ-004", "SCJ-005", "SCJ-006", "SCJ-007",
                        "SCJ-008", "SCJ-009");
        assertThat(catalogService.countSearch(null, "SCJ")).isEqualTo(56);
        assertThat(catalogService.countSearch("%", null)).isZero();
    }

    @Test
    void noticeOfAnItemIsAPdf() {
        byte[] pdf = catalogService.renderNotice("FGW-001");

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(10_000);
    }

    @Test
    void publishedVersionsArePagedByCodeAndFilteredByDepartmentAndPublication() {
        List<ItemVersion> first = catalogService.listPublishedVersions(null, null, 0, 10);
        List<ItemVersion> second = catalogService.listPublishedVersions(null, null, 10, 10);
        OffsetDateTime published = first.get(0).getPublishedAt();

        assertThat(catalogService.countPublishedVersions(null, null)).isEqualTo(769);
        assertThat(first).hasSize(10).extracting(v -> v.getItem().getCode()).isSorted()
                .doesNotContainAnyElementsOf(second.stream().map(v -> v.getItem().getCode()).toList());
        assertThat(first).allSatisfy(v -> assertThat(v.getStatus()).isEqualTo(VersionStatus.PUBLISHED));
        assertThat(catalogService.countPublishedVersions("SCJ", null)).isEqualTo(56);
        assertThat(catalogService.listPublishedVersions("SCJ", null, 0, 100)).hasSize(56)
                .allSatisfy(v -> assertThat(v.getItem().getDepartment().getCode()).isEqualTo("SCJ"));
        assertThat(catalogService.countPublishedVersions(null, published.minusSeconds(1))).isEqualTo(769);
        assertThat(catalogService.countPublishedVersions(null, published.plusYears(1))).isZero();
    }
}
