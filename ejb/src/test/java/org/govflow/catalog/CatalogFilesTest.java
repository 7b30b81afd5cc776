package org.govflow.catalog;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Reading and writing the catalogue's files: XLSX and ZIP round trips, and bad files as errors. */
class CatalogFilesTest {

    private static final CatalogValidator VALIDATOR = new CatalogValidator(Set.of(),
            CatalogService.FormSource.BUNDLED::exists);

    private static CatalogData bundled() {
        CatalogValidator.Result result = VALIDATOR.validate(CatalogCsv.readBundled());
        assertThat(result.errors()).isEmpty();
        return result.data();
    }

    private static void assertSameCells(CatalogData actual, CatalogData expected) {
        for (CatalogTable table : CatalogTable.values()) {
            assertThat(actual.cells(table)).as(table.tableName()).isEqualTo(expected.cells(table));
        }
    }

    @Test
    void workbookRoundTripKeepsEveryCell() {
        CatalogData data = bundled();

        byte[] workbook = CatalogXlsx.write(data);
        CatalogFiles.Contents read = CatalogFiles.read(List.of(new CatalogFiles.Upload("目录.xlsx", workbook)));
        CatalogValidator.Result result = VALIDATOR.validate(read.catalog());

        assertThat(result.errors()).isEmpty();
        assertSameCells(result.data(), data);
        assertThat(result.data().items().get(0).row()).isEqualTo(2);
    }

    @Test
    void zipRoundTripKeepsEveryCell() {
        CatalogData data = bundled();

        byte[] zip = CatalogFiles.writeZip(data);
        CatalogFiles.Contents read = CatalogFiles.read(List.of(new CatalogFiles.Upload("catalogue.zip", zip)));
        CatalogValidator.Result result = VALIDATOR.validate(read.catalog());

        assertThat(result.errors()).isEmpty();
        assertSameCells(result.data(), data);
    }

    @Test
    void fourSeparateCsvFilesAreReadByName() {
        List<CatalogFiles.Upload> uploads = CatalogFiles.uploads(CatalogFiles.writeCsv(bundled()));

        CatalogValidator.Result result = VALIDATOR.validate(CatalogFiles.read(uploads).catalog());

        assertThat(result.errors()).isEmpty();
        assertThat(result.data().items()).hasSize(769);
    }

    @Test
    void zipMayBringItsBlankForms() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<CatalogTable, String> file : CatalogSamples.files().entrySet()) {
                zip.putNextEntry(new ZipEntry("目录/" + file.getKey().csvFileName()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            }
            zip.putNextEntry(new ZipEntry("目录/forms/申请书.pdf"));
            zip.write("%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        }

        CatalogFiles.Contents read = CatalogFiles.read(List.of(new CatalogFiles.Upload("x.zip", out.toByteArray())));
        CatalogValidator.Result result = new CatalogValidator(Set.of(), read.formSource()::exists)
                .validate(read.catalog());

        assertThat(result.errors()).isEmpty();
        assertThat(read.forms()).containsOnlyKeys("申请书.pdf");
    }

    @Test
    void fileThatIsNoWorkbookIsAnErrorNotAnException() {
        byte[] garbage = "this is not a workbook".getBytes(StandardCharsets.UTF_8);

        CatalogFiles.Contents read = CatalogFiles.read(List.of(new CatalogFiles.Upload("目录.xlsx", garbage)));
        List<ImportError> errors = VALIDATOR.validate(read.catalog()).errors();

        assertThat(errors).extracting(ImportError::source, ImportError::row, ImportError::key)
                .containsExactly(tuple("目录.xlsx", 0, "catalog.import.unreadable"));
        assertThat(errors.get(0).message()).startsWith("文件无法读取");
    }

    @Test
    void unknownFileAndMissingTablesAreErrors() {
        List<ImportError> unknown = VALIDATOR.validate(CatalogFiles.read(List.of(
                new CatalogFiles.Upload("notes.txt", new byte[0]))).catalog()).errors();
        List<ImportError> missing = VALIDATOR.validate(CatalogFiles.read(List.of(
                new CatalogFiles.Upload("items.csv", CatalogSamples.ITEMS.getBytes(StandardCharsets.UTF_8)),
                new CatalogFiles.Upload("steps.csv", CatalogSamples.STEPS.getBytes(StandardCharsets.UTF_8))))
                .catalog()).errors();

        assertThat(unknown).extracting(ImportError::key).containsExactly("catalog.import.unknownFile");
        assertThat(missing).extracting(ImportError::source, ImportError::key)
                .containsExactly(tuple("departments.csv", "catalog.import.missingTable"),
                        tuple("materials.csv", "catalog.import.missingTable"));
    }

    @Test
    void malformedCsvAndShortRowsAreErrors() {
        Map<CatalogTable, String> files = CatalogSamples.files();
        files.put(CatalogTable.DEPARTMENTS, CatalogSamples.DEPARTMENTS + "GAJ,\"市公安局,C09\n");
        Map<CatalogTable, String> shortRow = CatalogSamples.files();
        shortRow.put(CatalogTable.DEPARTMENTS, CatalogSamples.DEPARTMENTS + "GAJ,市公安局,C09\n");

        List<ImportError> malformed = CatalogSamples.validator().validate(CatalogSamples.read(files)).errors();
        List<ImportError> shortErrors = CatalogSamples.validator().validate(CatalogSamples.read(shortRow)).errors();

        assertThat(malformed).extracting(ImportError::source, ImportError::row, ImportError::key)
                .containsExactly(tuple("departments.csv", 5, "catalog.import.malformed"));
        assertThat(shortErrors).extracting(ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple(5, null, "catalog.import.columnCount"),
                        tuple(5, "active", "catalog.check.required"));
    }
}
