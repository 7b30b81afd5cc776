package org.govflow.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.catalog.CatalogData;
import org.govflow.catalog.CatalogFiles;
import org.govflow.catalog.CatalogService;
import org.govflow.catalog.CatalogValidationException;
import org.govflow.catalog.Department;
import org.govflow.catalog.DraftContent;
import org.govflow.catalog.FlowStep;
import org.govflow.catalog.ImportError;
import org.govflow.catalog.ImportReport;
import org.govflow.catalog.ImportSummary;
import org.govflow.catalog.Item;
import org.govflow.catalog.ItemKind;
import org.govflow.catalog.ItemTerms;
import org.govflow.catalog.ItemVersion;
import org.govflow.catalog.Material;
import org.govflow.catalog.MaterialForm;
import org.govflow.catalog.StepKind;
import org.govflow.platform.GovFlowException;
import org.govflow.platform.Settings;
import org.govflow.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The administrator's catalogue screen: import files (all or nothing, with every fault listed by file,
 * row and column when refused), export the catalogue as XLSX or CSV, and edit one item's draft and
 * publish it as a new version. A refused draft keeps everything typed in the form.
 */
@Named
@ViewScoped
public class CatalogAdminBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private CatalogService catalogService;

    @Inject
    private Settings settings;

    private transient UploadedFiles files;
    private List<ErrorLine> importErrors = List.of();
    private ImportSummary importSummary;

    private String itemCode;
    private String loadedCode;
    private String itemName;
    private int currentRevision;
    private Integer draftRevision;
    private TermsForm terms;
    private List<MaterialLine> materials = new ArrayList<>();
    private List<StepLine> steps = new ArrayList<>();
    private List<ErrorLine> draftErrors = List.of();
    private List<Department> departments;

    @PostConstruct
    void load() {
        departments = catalogService.listDepartments();
    }

    /** Imports what was uploaded: an XLSX workbook, a ZIP of the four CSV files, or the four files. */
    public void importFiles() {
        List<UploadedFile> uploaded = files == null ? List.of() : files.getFiles();
        List<CatalogFiles.Upload> uploads = uploaded.stream()
                .filter(f -> f.getFileName() != null && !f.getFileName().isBlank())
                .map(f -> new CatalogFiles.Upload(f.getFileName(), f.getContent()))
                .toList();

        ImportReport report = catalogService.importFiles(uploads);

        importSummary = report.summary().orElse(null);
        importErrors = lines(report.errors());
        if (report.imported()) {
            ImportSummary s = importSummary;
            Messages.info("catalogAdmin.imported", s.items(), s.newItems(), s.changedItems(), s.unchangedItems());
        } else {
            Messages.error("catalogAdmin.refused", importErrors.size());
        }
    }

    public StreamedContent getExportXlsx() {
        return DefaultStreamedContent.builder()
                .name(Messages.text("catalogAdmin.exportName") + "-" + LocalDate.now(settings.clock()) + ".xlsx")
                .contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(catalogService.exportXlsx()))
                .build();
    }

    public StreamedContent getExportZip() {
        return DefaultStreamedContent.builder()
                .name(Messages.text("catalogAdmin.exportName") + "-" + LocalDate.now(settings.clock()) + ".zip")
                .contentType("application/zip")
                .stream(() -> new ByteArrayInputStream(catalogService.exportCsvZip()))
                .build();
    }

    /** Opens an item in the editor: its pending draft, or else its published version. */
    public void openItem() {
        String code = itemCode == null ? "" : itemCode.strip().toUpperCase(Locale.ROOT);
        Optional<Item> item = catalogService.findItem(code);
        if (item.isEmpty()) {
            Messages.error("catalog.item.notFound", code);
            return;
        }
        Optional<ItemVersion> draft = catalogService.findDraft(code);
        show(draft.orElseGet(() -> catalogService.getPublishedVersion(code)));
        draftRevision = draft.map(ItemVersion::getRevision).orElse(null);
        draftErrors = List.of();
    }

    private void show(ItemVersion version) {
        loadedCode = version.getItem().getCode();
        itemName = version.getItem().getName();
        currentRevision = version.getItem().getCurrentRevision();
        terms = TermsForm.of(version.terms());
        materials = new ArrayList<>(version.getMaterials().stream().map(MaterialLine::of).toList());
        steps = new ArrayList<>(version.getSteps().stream().map(StepLine::of).toList());
    }

    public void addMaterial() {
        MaterialLine line = new MaterialLine();
        line.seq = materials.size() + 1;
        materials.add(line);
    }

    public void removeMaterial(int index) {
        materials.remove(index);
    }

    public void addStep() {
        StepLine line = new StepLine();
        line.seq = steps.size() + 1;
        steps.add(line);
    }

    public void removeStep(int index) {
        steps.remove(index);
    }

    /** Saves the form as the item's draft; applicants still see the published version. */
    public void saveDraft() {
        if (store()) {
            Messages.info("catalogAdmin.draftSaved", loadedCode, draftRevision);
        }
    }

    /** Saves the form and publishes it as the item's new version. */
    public void publish() {
        if (!store()) {
            return;
        }
        try {
            ItemVersion published = catalogService.publishDraft(loadedCode);
            show(published);
            draftRevision = null;
            Messages.info("catalogAdmin.published", loadedCode, published.getRevision());
        } catch (CatalogValidationException e) {
            draftErrors = lines(e.getErrors());
            Messages.error(e);
        } catch (GovFlowException e) {
            Messages.error(e);
        }
    }

    public void discardDraft() {
        catalogService.discardDraftOf(loadedCode);
        draftRevision = null;
        show(catalogService.getPublishedVersion(loadedCode));
        draftErrors = List.of();
        Messages.info("catalogAdmin.draftDiscarded", loadedCode);
    }

    private boolean store() {
        try {
            ItemVersion draft = catalogService.saveDraft(loadedCode, content());
            draftRevision = draft.getRevision();
            draftErrors = List.of();
            return true;
        } catch (CatalogValidationException e) {
            draftErrors = lines(e.getErrors());
            Messages.error(e);
        } catch (GovFlowException e) {
            Messages.error(e);
        }
        return false;
    }

    private DraftContent content() {
        return new DraftContent(terms.toTerms(),
                materials.stream().map(MaterialLine::toRow).toList(),
                steps.stream().map(StepLine::toRow).toList());
    }

    private static List<ErrorLine> lines(List<ImportError> errors) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.SIMPLIFIED_CHINESE;
        return errors.stream()
                .map(e -> new ErrorLine(e.source(), e.row() > 0 ? String.valueOf(e.row()) : "",
                        e.column() == null ? "" : e.column(), e.message(locale)))
                .toList();
    }

    public List<ItemKind> getKinds() {
        return List.of(ItemKind.values());
    }

    public List<MaterialForm> getMaterialForms() {
        return List.of(MaterialForm.values());
    }

    public List<StepKind> getStepKinds() {
        return List.of(StepKind.values());
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }

    public List<ErrorLine> getImportErrors() {
        return importErrors;
    }

    public ImportSummary getImportSummary() {
        return importSummary;
    }

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
    }

    public String getLoadedCode() {
        return loadedCode;
    }

    public String getItemName() {
        return itemName;
    }

    public int getCurrentRevision() {
        return currentRevision;
    }

    public Integer getDraftRevision() {
        return draftRevision;
    }

    public TermsForm getTerms() {
        return terms;
    }

    public List<MaterialLine> getMaterials() {
        return materials;
    }

    public List<StepLine> getSteps() {
        return steps;
    }

    public List<ErrorLine> getDraftErrors() {
        return draftErrors;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** One fault as the page lists it. */
    public static final class ErrorLine implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private final String source;
        private final String row;
        private final String column;
        private final String message;

        ErrorLine(String source, String row, String column, String message) {
            this.source = source;
            this.row = row;
            this.column = column;
            this.message = message;
        }

        public String getSource() {
            return source;
        }

        public String getRow() {
            return row;
        }

        public String getColumn() {
            return column;
        }

        public String getMessage() {
            return message;
        }
    }

    /** The terms of the draft as the form edits them. */
    public static final class TermsForm implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private String name;
        private ItemKind kind;
        private String legalBasis;
        private String conditions;
        private Integer legalDays;
        private Integer promisedDays;
        private String feeStandard;
        private String feeBasis;
        private String phone;
        private boolean publishDecisions;
        private Integer extensionCap;

        static TermsForm of(ItemTerms t) {
            TermsForm form = new TermsForm();
            form.name = t.name();
            form.kind = t.kind();
            form.legalBasis = t.legalBasis();
            form.conditions = t.conditions();
            form.legalDays = t.legalDays();
            form.promisedDays = t.promisedDays();
            form.feeStandard = t.feeStandard();
            form.feeBasis = t.feeBasis();
            form.phone = t.phone();
            form.publishDecisions = t.publishDecisions();
            form.extensionCap = t.extensionCap();
            return form;
        }

        ItemTerms toTerms() {
            return new ItemTerms(text(name), kind == null ? ItemKind.LICENCE : kind, text(legalBasis), text(conditions),
                    orZero(legalDays), orZero(promisedDays), text(feeStandard), feeBasis, phone, publishDecisions,
                    extensionCap);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public ItemKind getKind() {
            return kind;
        }

        public void setKind(ItemKind kind) {
            this.kind = kind;
        }

        public String getLegalBasis() {
            return legalBasis;
        }

        public void setLegalBasis(String legalBasis) {
            this.legalBasis = legalBasis;
        }

        public String getConditions() {
            return conditions;
        }

        public void setConditions(String conditions) {
            this.conditions = conditions;
        }

        public Integer getLegalDays() {
            return legalDays;
        }

        public void setLegalDays(Integer legalDays) {
            this.legalDays = legalDays;
        }

        public Integer getPromisedDays() {
            return promisedDays;
        }

        public void setPromisedDays(Integer promisedDays) {
            this.promisedDays = promisedDays;
        }

        public String getFeeStandard() {
            return feeStandard;
        }

        public void setFeeStandard(String feeStandard) {
            this.feeStandard = feeStandard;
        }

        public String getFeeBasis() {
            return feeBasis;
        }

        public void setFeeBasis(String feeBasis) {
            this.feeBasis = feeBasis;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public boolean isPublishDecisions() {
            return publishDecisions;
        }

        public void setPublishDecisions(boolean publishDecisions) {
            this.publishDecisions = publishDecisions;
        }

        public Integer getExtensionCap() {
            return extensionCap;
        }

        public void setExtensionCap(Integer extensionCap) {
            this.extensionCap = extensionCap;
        }
    }

    /** One material line of the editor. */
    public static final class MaterialLine implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private Integer seq;
        private String name;
        private MaterialForm form = MaterialForm.ORIGINAL;
        private Integer copies = 1;
        private boolean mandatory = true;
        private String templateFile;

        static MaterialLine of(Material m) {
            MaterialLine line = new MaterialLine();
            line.seq = m.getSeq();
            line.name = m.getName();
            line.form = m.getForm();
            line.copies = m.getCopies();
            line.mandatory = m.isMandatory();
            line.templateFile = m.getTemplateFile();
            return line;
        }

        CatalogData.MaterialRow toRow() {
            return new CatalogData.MaterialRow(0, null, orZero(seq), text(name), form == null ? MaterialForm.ORIGINAL
                    : form, orZero(copies), mandatory, templateFile);
        }

        public Integer getSeq() {
            return seq;
        }

        public void setSeq(Integer seq) {
            this.seq = seq;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public MaterialForm getForm() {
            return form;
        }

        public void setForm(MaterialForm form) {
            this.form = form;
        }

        public Integer getCopies() {
            return copies;
        }

        public void setCopies(Integer copies) {
            this.copies = copies;
        }

        public boolean isMandatory() {
            return mandatory;
        }

        public void setMandatory(boolean mandatory) {
            this.mandatory = mandatory;
        }

        public String getTemplateFile() {
            return templateFile;
        }

        public void setTemplateFile(String templateFile) {
            this.templateFile = templateFile;
        }
    }

    /** One step line of the editor. */
    public static final class StepLine implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private Integer seq;
        private String name;
        private StepKind kind = StepKind.REVIEW;
        private String departmentCode;
        private String post;
        private String person;
        private Integer limitDays = 0;
        private boolean excluded;
        private String parallelGroup;

        static StepLine of(FlowStep s) {
            StepLine line = new StepLine();
            line.seq = s.getSeq();
            line.name = s.getName();
            line.kind = s.getKind();
            line.departmentCode = s.getDepartment().getCode();
            line.post = s.getPost();
            line.person = s.getPerson();
            line.limitDays = s.getLimitDays();
            line.excluded = s.isExcluded();
            line.parallelGroup = s.getParallelGroup();
            return line;
        }

        CatalogData.StepRow toRow() {
            return new CatalogData.StepRow(0, null, orZero(seq), text(name), kind == null ? StepKind.REVIEW : kind,
                    text(departmentCode), text(post), person, orZero(limitDays), excluded, parallelGroup);
        }

        public Integer getSeq() {
            return seq;
        }

        public void setSeq(Integer seq) {
            this.seq = seq;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public StepKind getKind() {
            return kind;
        }

        public void setKind(StepKind kind) {
            this.kind = kind;
        }

        public String getDepartmentCode() {
            return departmentCode;
        }

        public void setDepartmentCode(String departmentCode) {
            this.departmentCode = departmentCode;
        }

        public String getPost() {
            return post;
        }

        public void setPost(String post) {
            this.post = post;
        }

        public String getPerson() {
            return person;
        }

        public void setPerson(String person) {
            this.person = person;
        }

        public Integer getLimitDays() {
            return limitDays;
        }

        public void setLimitDays(Integer limitDays) {
            this.limitDays = limitDays;
        }

        public boolean isExcluded() {
            return excluded;
        }

        public void setExcluded(boolean excluded) {
            this.excluded = excluded;
        }

        public String getParallelGroup() {
            return parallelGroup;
        }

        public void setParallelGroup(String parallelGroup) {
            this.parallelGroup = parallelGroup;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
