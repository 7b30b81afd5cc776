package org.govflow.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Each rule of the catalogue's import checks, on a small valid sample broken one way at a time. */
class CatalogValidatorTest {

    private static List<ImportError> errorsAfter(CatalogTable table, String from, String to) {
        Map<CatalogTable, String> files = CatalogSamples.files();
        assertThat(files.get(table)).as("the sample holds what the test replaces").contains(from);
        files.put(table, files.get(table).replace(from, to));
        return CatalogSamples.validator().validate(CatalogSamples.read(files)).errors();
    }

    @Test
    void validSampleHasNoErrorsAndBecomesTypedRows() {
        CatalogValidator.Result result = CatalogSamples.validator()
                .validate(CatalogSamples.read(CatalogSamples.files()));

        assertThat(result.errors()).isEmpty();
        assertThat(result.data().departments()).hasSize(3);
        assertThat(result.data().items()).extracting(CatalogData.ItemRow::code).containsExactly("SCJ-001", "SCJ-002");
        assertThat(result.data().items().get(0).terms().promisedDays()).isEqualTo(10);
        assertThat(result.data().materials()).hasSize(4);
        assertThat(result.data().steps()).hasSize(10);
    }

    @Test
    void bundledCatalogueFulfilsEveryRule() {
        CatalogValidator validator = new CatalogValidator(Set.of(), CatalogService.FormSource.BUNDLED::exists);

        CatalogValidator.Result result = validator.validate(CatalogCsv.readBundled());

        assertThat(result.errors()).isEmpty();
        assertThat(result.data().departments()).hasSize(44);
        assertThat(result.data().items()).hasSize(769);
    }

    /** The sample with the optional extension_cap column, holding these values for its two items. */
    private static CatalogValidator.Result withExtensionCaps(String first, String second) {
        Map<CatalogTable, String> files = CatalogSamples.files();
        files.put(CatalogTable.ITEMS, files.get(CatalogTable.ITEMS)
                .replace("phone,publish_decisions\n", "phone,publish_decisions,extension_cap\n")
                .replace("0588-87611001,true\n", "0588-87611001,true," + first + "\n")
                .replace("0588-87611001,false\n", "0588-87611001,false," + second + "\n"));
        return CatalogSamples.validator().validate(CatalogSamples.read(files));
    }

    @Test
    void anItemsOwnExtensionCapIsAnOptionalLastColumn() {
        CatalogValidator.Result result = withExtensionCaps("30", "");

        assertThat(result.errors()).isEmpty();
        assertThat(result.data().items()).extracting(i -> i.terms().extensionCap()).containsExactly(30, null);
        assertThat(result.data().cells(CatalogTable.ITEMS)).extracting(row -> row.get(row.size() - 1)).containsExactly("30", "");
    }

    @Test
    void anExtensionCapThatIsNoWholeNumberOfDaysIsAnError() {
        List<ImportError> errors = withExtensionCaps("十", "-1").errors();

        assertThat(errors).extracting(ImportError::row, ImportError::column, ImportError::key).containsExactly(
                tuple(2, "extension_cap", "catalog.check.integer"), tuple(3, "extension_cap", "catalog.check.atLeast"));
    }

    @Test
    void promisedLimitAboveLegalLimitIsAnError() {
        List<ImportError> errors = errorsAfter(CatalogTable.ITEMS, ",20,10,不收费", ",20,30,不收费");

        assertThat(errors).extracting(ImportError::source, ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple("items.csv", 2, "promised_days", "catalog.check.promisedAboveLegal"));
        assertThat(errors.get(0).message()).isEqualTo("承诺时限 30 个工作日超过法定时限 20 个工作日。");
    }

    @Test
    void promisedLimitBelowOneIsAnError() {
        List<ImportError> errors = errorsAfter(CatalogTable.ITEMS, ",20,10,不收费", ",20,0,不收费");

        assertThat(errors).extracting(ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple(2, "promised_days", "catalog.check.atLeast"));
    }

    @Test
    void stepLimitAbovePromisedLimitIsAnError() {
        List<ImportError> errors = errorsAfter(CatalogTable.STEPS, "现场勘查,REVIEW,SCJ,行政审批科科员,,5,true",
                "现场勘查,REVIEW,SCJ,行政审批科科员,,11,true");

        assertThat(errors).extracting(ImportError::source, ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple("steps.csv", 5, "limit_days", "catalog.check.stepAbovePromised"));
    }

    @Test
    void countedStepsAbovePromisedLimitAreAnErrorWithAParallelGroupCountedOnce() {
        List<ImportError> errors = errorsAfter(CatalogTable.STEPS, "决定,DECISION,SCJ,行政审批科科长,张三,2",
                "决定,DECISION,SCJ,行政审批科科长,张三,6");

        assertThat(errors).extracting(ImportError::source, ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple("items.csv", 2, "promised_days", "catalog.check.stepsAbovePromised"));
        assertThat(errors.get(0).arguments()).containsExactly("11", "10");
    }

    @Test
    void flowWithoutDecisionIsAnError() {
        List<ImportError> errors = errorsAfter(CatalogTable.STEPS, "SCJ-002,3,决定,DECISION", "SCJ-002,3,决定,REVIEW");

        assertThat(errors).extracting(ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple(8, "kind", "catalog.check.noDecision"));
    }

    @Test
    void flowMustStartWithAcceptAndEndWithIssue() {
        Map<CatalogTable, String> files = CatalogSamples.files();
        files.put(CatalogTable.STEPS, files.get(CatalogTable.STEPS)
                .replace("SCJ-002,1,受理,ACCEPT", "SCJ-002,1,受理,REVIEW")
                .replace("SCJ-002,4,送达,ISSUE", "SCJ-002,4,送达,DECISION"));

        List<ImportError> errors = CatalogSamples.validator().validate(CatalogSamples.read(files)).errors();

        assertThat(errors).extracting(ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple(8, "kind", "catalog.check.firstNotAccept"),
                        tuple(11, "kind", "catalog.check.lastNotIssue"));
    }

    @Test
    void acceptOrIssueInTheMiddleIsAnError() {
        List<ImportError> errors = errorsAfter(CatalogTable.STEPS, "SCJ-002,2,审查,REVIEW", "SCJ-002,2,审查,ISSUE");

        assertThat(errors).extracting(ImportError::row, ImportError::key)
                .containsExactly(tuple(9, "catalog.check.issueNotLast"));
    }

    @Test
    void unknownDepartmentCodesAreErrorsInItemsAndSteps() {
        Map<CatalogTable, String> files = CatalogSamples.files();
        files.put(CatalogTable.ITEMS, files.get(CatalogTable.ITEMS).replace("LICENCE,SCJ,《中华人民共和国食品安全法》第三十五条,已取得",
                "LICENCE,ABC,《中华人民共和国食品安全法》第三十五条,已取得"));
        files.put(CatalogTable.STEPS, files.get(CatalogTable.STEPS).replace("REVIEW,XFJ", "REVIEW,XYZ"));

        List<ImportError> errors = CatalogSamples.validator().validate(CatalogSamples.read(files)).errors();

        assertThat(errors).extracting(ImportError::source, ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple("items.csv", 3, "department_code", "catalog.check.unknownDepartment"),
                        tuple("steps.csv", 4, "department_code", "catalog.check.unknownDepartment"));
    }

    @Test
    void storedDepartmentsAreKnownToo() {
        Map<CatalogTable, String> files = CatalogSamples.files();
        files.put(CatalogTable.STEPS, files.get(CatalogTable.STEPS).replace("REVIEW,XFJ", "REVIEW,GAJ"));

        List<ImportError> errors = new CatalogValidator(Set.of("GAJ"), "申请书.pdf"::equals)
                .validate(CatalogSamples.read(files)).errors();

        assertThat(errors).isEmpty();
    }

    @Test
    void duplicateCodesAndNamesAreErrors() {
        Map<CatalogTable, String> files = CatalogSamples.files();
        files.put(CatalogTable.DEPARTMENTS, files.get(CatalogTable.DEPARTMENTS).replace("XFJ,市消防救援支队", "ZJJ,市消防救援支队"));
        files.put(CatalogTable.ITEMS, files.get(CatalogTable.ITEMS)
                + "SCJ-001,食品经营许可（注销）,LICENCE,SCJ,依据,条件,20,5,不收费,,,true\n"
                + "SCJ-003,食品经营许可（新办）,LICENCE,SCJ,依据,条件,20,5,不收费,,,true\n");
        files.put(CatalogTable.STEPS, files.get(CatalogTable.STEPS).replace("REVIEW,XFJ", "REVIEW,SCJ"));

        List<ImportError> errors = CatalogSamples.validator().validate(CatalogSamples.read(files)).errors();

        assertThat(errors).extracting(ImportError::source, ImportError::row, ImportError::column, ImportError::key)
                .contains(tuple("departments.csv", 4, "code", "catalog.check.duplicateDepartment"),
                        tuple("items.csv", 4, "code", "catalog.check.duplicateItem"),
                        tuple("items.csv", 5, "name", "catalog.check.duplicateItemName"));
        assertThat(errors.stream().filter(e -> e.key().equals("catalog.check.duplicateItem")).findFirst().orElseThrow()
                .message()).isEqualTo("事项代码“SCJ-001”重复（第 2 行已有）。");
    }

    @Test
    void sequenceNumbersMustRunFromOneWithoutGapsOrDuplicates() {
        Map<CatalogTable, String> files = CatalogSamples.files();
        files.put(CatalogTable.MATERIALS, files.get(CatalogTable.MATERIALS)
                .replace("SCJ-001,2,营业执照", "SCJ-001,3,营业执照"));
        files.put(CatalogTable.STEPS, files.get(CatalogTable.STEPS).replace("SCJ-002,3,决定", "SCJ-002,2,决定"));

        List<ImportError> errors = CatalogSamples.validator().validate(CatalogSamples.read(files)).errors();

        assertThat(errors).extracting(ImportError::source, ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple("materials.csv", 2, "seq", "catalog.check.seqGap"),
                        tuple("steps.csv", 8, "seq", "catalog.check.seqGap"),
                        tuple("steps.csv", 10, "seq", "catalog.check.seqDuplicate"));
    }

    @Test
    void unparseableNumbersBooleansAndEnumsAreErrorsNotExceptions() {
        Map<CatalogTable, String> files = CatalogSamples.files();
        files.put(CatalogTable.ITEMS, files.get(CatalogTable.ITEMS)
                .replace("SCJ-001,食品经营许可（新办）,LICENCE", "SCJ-001,食品经营许可（新办）,PERMIT")
                .replace(",20,10,不收费,,0588-87611001,true", ",二十,10,不收费,,0588-87611001,yes"));
        files.put(CatalogTable.MATERIALS, files.get(CatalogTable.MATERIALS).replace("营业执照,COPY,1", "营业执照,COPY,1.5"));

        List<ImportError> errors = CatalogSamples.validator().validate(CatalogSamples.read(files)).errors();

        assertThat(errors).extracting(ImportError::source, ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple("items.csv", 2, "kind", "catalog.check.enum"),
                        tuple("items.csv", 2, "legal_days", "catalog.check.integer"),
                        tuple("items.csv", 2, "publish_decisions", "catalog.check.boolean"),
                        tuple("materials.csv", 3, "copies", "catalog.check.integer"));
        assertThat(errors.get(0).message()).isEqualTo("“PERMIT”不是有效值，应为 LICENCE, OTHER_APPROVAL, PUBLIC_SERVICE 之一。");
        assertThat(errors.get(0).message(Locale.ENGLISH)).startsWith("\"PERMIT\" is not valid");
    }

    @Test
    void requiredFieldsAndLengthsAreChecked() {
        Map<CatalogTable, String> files = CatalogSamples.files();
        files.put(CatalogTable.MATERIALS, files.get(CatalogTable.MATERIALS).replace("SCJ-002,1,变更申请书", "SCJ-002,1,"));
        files.put(CatalogTable.DEPARTMENTS, files.get(CatalogTable.DEPARTMENTS)
                .replace("C03,", "C03".repeat(40) + ","));

        List<ImportError> errors = CatalogSamples.validator().validate(CatalogSamples.read(files)).errors();

        assertThat(errors).extracting(ImportError::source, ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple("departments.csv", 4, "windows", "catalog.check.tooLong"),
                        tuple("materials.csv", 4, "name", "catalog.check.required"));
    }

    @Test
    void parallelGroupsNeedDistinctDepartmentsAdjacentReviewStepsAndAtLeastTwo() {
        Map<CatalogTable, String> files = CatalogSamples.files();
        files.put(CatalogTable.STEPS, files.get(CatalogTable.STEPS)
                .replace("REVIEW,XFJ", "REVIEW,ZJJ")
                .replace("SCJ-002,2,审查,REVIEW,SCJ,行政审批科科员,,2,false,", "SCJ-002,2,审查,REVIEW,SCJ,行政审批科科员,,2,false,G9"));

        List<ImportError> errors = CatalogSamples.validator().validate(CatalogSamples.read(files)).errors();

        assertThat(errors).extracting(ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple(4, "department_code", "catalog.check.parallelSameDepartment"),
                        tuple(9, "parallel_group", "catalog.check.parallelTooSmall"));
    }

    @Test
    void parallelStepsMustBeAdjacent() {
        List<ImportError> errors = errorsAfter(CatalogTable.STEPS, "SCJ-001,4,现场勘查,REVIEW,SCJ,行政审批科科员,,5,true,",
                "SCJ-001,4,现场勘查,REVIEW,SCJ,行政审批科科员,,5,true,G2");
        List<ImportError> separated = errorsAfter(CatalogTable.STEPS,
                "SCJ-001,3,联合审查（消防）,REVIEW,XFJ,行政审批科科员,,3,false,G1",
                "SCJ-001,3,联合审查（消防）,REVIEW,XFJ,行政审批科科员,,3,false,");

        assertThat(errors).extracting(ImportError::key).containsExactly("catalog.check.parallelTooSmall");
        assertThat(separated).extracting(ImportError::key).containsExactly("catalog.check.parallelTooSmall");
    }

    @Test
    void parallelGroupSplitByAnotherStepIsNotAdjacent() {
        Map<CatalogTable, String> files = CatalogSamples.files();
        files.put(CatalogTable.STEPS, files.get(CatalogTable.STEPS)
                .replace("SCJ-001,3,联合审查（消防）,REVIEW,XFJ,行政审批科科员,,3,false,G1",
                        "SCJ-001,3,联合审查（消防）,REVIEW,XFJ,行政审批科科员,,3,false,")
                .replace("SCJ-001,4,现场勘查,REVIEW,SCJ,行政审批科科员,,5,true,",
                        "SCJ-001,4,现场勘查,REVIEW,SCJ,行政审批科科员,,5,true,G1"));

        List<ImportError> errors = CatalogSamples.validator().validate(CatalogSamples.read(files)).errors();

        assertThat(errors).extracting(ImportError::row, ImportError::key)
                .containsExactly(tuple(3, "catalog.check.parallelNotAdjacent"));
    }

    @Test
    void excludedTimeOnlyOnReviewSteps() {
        List<ImportError> errors = errorsAfter(CatalogTable.STEPS, "SCJ-002,3,决定,DECISION,SCJ,行政审批科科长,,2,false",
                "SCJ-002,3,决定,DECISION,SCJ,行政审批科科长,,2,true");

        assertThat(errors).extracting(ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple(10, "excluded", "catalog.check.excludedNotReview"));
    }

    @Test
    void materialsAndStepsMustReferToItemsOfTheFile() {
        Map<CatalogTable, String> files = CatalogSamples.files();
        files.put(CatalogTable.MATERIALS, files.get(CatalogTable.MATERIALS) + "SCJ-009,1,申请书,ORIGINAL,1,true,\n");
        files.put(CatalogTable.STEPS, files.get(CatalogTable.STEPS) + "SCJ-009,1,受理,ACCEPT,SCJ,综合受理窗口,,0,false,\n");

        List<ImportError> errors = CatalogSamples.validator().validate(CatalogSamples.read(files)).errors();

        assertThat(errors).extracting(ImportError::source, ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple("materials.csv", 6, "item_code", "catalog.check.unknownItem"),
                        tuple("steps.csv", 12, "item_code", "catalog.check.unknownItem"));
    }

    @Test
    void itemsNeedMaterialsAndAFlow() {
        Map<CatalogTable, String> files = CatalogSamples.files();
        files.put(CatalogTable.ITEMS, files.get(CatalogTable.ITEMS)
                + "SCJ-003,食品经营许可（注销）,LICENCE,SCJ,依据,条件,20,5,不收费,,,true\n");

        List<ImportError> errors = CatalogSamples.validator().validate(CatalogSamples.read(files)).errors();

        assertThat(errors).extracting(ImportError::source, ImportError::row, ImportError::key)
                .containsExactly(tuple("items.csv", 4, "catalog.check.noMaterials"),
                        tuple("items.csv", 4, "catalog.check.noSteps"));
    }

    @Test
    void itemCodeMustCarryItsDepartmentsPrefix() {
        List<ImportError> errors = errorsAfter(CatalogTable.ITEMS, "SCJ-002,食品经营许可（变更）", "ZJJ-002,食品经营许可（变更）");

        assertThat(errors).extracting(ImportError::row, ImportError::column, ImportError::key)
                .contains(tuple(3, "code", "catalog.check.itemCodePrefix"));
    }

    @Test
    void feeBasisGoesWithChargedItemsOnly() {
        Map<CatalogTable, String> files = CatalogSamples.files();
        files.put(CatalogTable.ITEMS, files.get(CatalogTable.ITEMS)
                .replace(",不收费,,0588", ",不收费,《某文件》,0588")
                .replace(",按件收费,《收费文件》,", ",按件收费,,"));

        List<ImportError> errors = CatalogSamples.validator().validate(CatalogSamples.read(files)).errors();

        assertThat(errors).extracting(ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple(2, "fee_basis", "catalog.check.feeBasisForFree"),
                        tuple(3, "fee_basis", "catalog.check.feeBasisMissing"));
    }

    @Test
    void blankFormsMustExist() {
        List<ImportError> errors = errorsAfter(CatalogTable.MATERIALS, "申请书.pdf", "没有这个表.pdf");

        assertThat(errors).extracting(ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple(2, "template_file", "catalog.check.unknownForm"));
    }

    @Test
    void missingColumnIsReportedAloneSinceTheRowsCannotBeRead() {
        List<ImportError> errors = errorsAfter(CatalogTable.MATERIALS,
                "item_code,seq,name,form,copies,mandatory,template_file",
                "item_code,seq,name,shape,copies,mandatory,template_file");

        assertThat(errors).extracting(ImportError::source, ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple("materials.csv", 1, "form", "catalog.import.missingColumn"));
    }

    @Test
    void everyFaultOfAFileIsReportedWithItsRowAndColumn() {
        Map<CatalogTable, String> files = CatalogSamples.files();
        files.put(CatalogTable.ITEMS, files.get(CatalogTable.ITEMS)
                .replace(",20,10,不收费", ",20,30,不收费")
                .replace(",20,5,按件收费", ",x,5,按件收费"));
        files.put(CatalogTable.STEPS, files.get(CatalogTable.STEPS)
                .replace("REVIEW,XFJ", "REVIEW,NOPE")
                .replace("SCJ-002,4,送达,ISSUE,SCJ,出件窗口,,1,false", "SCJ-002,4,送达,ISSUE,SCJ,出件窗口,,1,maybe"));

        List<ImportError> errors = CatalogSamples.validator().validate(CatalogSamples.read(files)).errors();

        assertThat(errors).extracting(ImportError::source, ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple("items.csv", 2, "promised_days", "catalog.check.promisedAboveLegal"),
                        tuple("items.csv", 3, "legal_days", "catalog.check.integer"),
                        tuple("steps.csv", 4, "department_code", "catalog.check.unknownDepartment"),
                        tuple("steps.csv", 11, "excluded", "catalog.check.boolean"));
        assertThat(errors).allSatisfy(e -> assertThat(e.message()).doesNotContain("catalog."));
    }

    @Test
    void draftIsCheckedWithTheSameRules() {
        ItemTerms terms = new ItemTerms("食品经营许可（新办）", ItemKind.LICENCE, "依据", "条件", 20, 25, "不收费", null,
                null, true);
        List<CatalogData.MaterialRow> materials = List.of(
                new CatalogData.MaterialRow(1, "SCJ-001", 1, "申请书", MaterialForm.ORIGINAL, 1, true, null));
        List<CatalogData.StepRow> steps = List.of(
                new CatalogData.StepRow(1, "SCJ-001", 1, "受理", StepKind.ACCEPT, "SCJ", "窗口", null, 1, false, null),
                new CatalogData.StepRow(2, "SCJ-001", 2, "发证", StepKind.ISSUE, "SCJ", "窗口", null, 1, false, null));

        List<ImportError> errors = new CatalogValidator(Set.of("SCJ"), name -> false)
                .validateVersion("SCJ-001", "SCJ", terms, materials, steps);

        assertThat(errors).extracting(ImportError::source, ImportError::row, ImportError::column, ImportError::key)
                .containsExactly(tuple("items", 1, "promised_days", "catalog.check.promisedAboveLegal"),
                        tuple("steps", 1, "kind", "catalog.check.noDecision"));
    }
}
