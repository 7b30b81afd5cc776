package org.govflow.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.govflow.audit.AuditLog;
import org.govflow.platform.NotFoundException;
import org.govflow.platform.Settings;
import org.govflow.staff.Roles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Owns the approval catalogue: reading departments and items for everyone (search, item pages, notices,
 * blank forms), importing and exporting the whole catalogue, and an administrator's drafts. Every change
 * of what applicants read becomes a new published version, so running cases keep the one they reference;
 * nothing is written from a file or draft that fails {@link CatalogValidator}'s checks.
 */
@Stateless
public class CatalogService {

    private static final Logger LOG = Logger.getLogger(CatalogService.class.getName());

    static final String SUBJECT = "catalogue";
    static final String ITEM_SUBJECT = "item";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Settings settings;

    @PermitAll
    public List<Department> listDepartments() {
        return em.createNamedQuery("Department.findAll", Department.class).getResultList();
    }

    @PermitAll
    public Optional<Department> findDepartment(String code) {
        return em.createNamedQuery("Department.findByCode", Department.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** How many items each department has, by department code. */
    @PermitAll
    public Map<String, Long> countItemsByDepartment() {
        return em.createNamedQuery("Item.countByDepartment", Object[].class).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }

    @PermitAll
    public long countItems() {
        return em.createNamedQuery("Item.count", Long.class).getSingleResult();
    }

    @PermitAll
    public Optional<Item> findItem(String code) {
        return em.createNamedQuery("Item.findByCode", Item.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @PermitAll
    public Item getItem(String code) {
        return findItem(code).orElseThrow(() -> new NotFoundException("catalog.item.notFound", code));
    }

    /** The version applicants see now, with its item, department, materials and steps loaded. */
    @PermitAll
    public ItemVersion getPublishedVersion(String itemCode) {
        return loaded(findVersion(itemCode, VersionStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("catalog.item.notFound", itemCode)));
    }

    /**
     * A version by id, with its item, department, materials and steps loaded, whatever its status: cases
     * read the version they were accepted under even after it is superseded.
     */
    @PermitAll
    public ItemVersion getVersion(long versionId) {
        ItemVersion version = em.find(ItemVersion.class, versionId);
        if (version == null) {
            throw new NotFoundException("catalog.version.notFound", versionId);
        }
        return loaded(version);
    }

    /** Every version of an item, newest first. */
    @PermitAll
    public List<ItemVersion> listVersions(String itemCode) {
        return em.createNamedQuery("ItemVersion.findByItem", ItemVersion.class)
                .setParameter("code", itemCode)
                .getResultList();
    }

    private static ItemVersion loaded(ItemVersion version) {
        version.getItem().getDepartment().getCode();
        version.getMaterials().size();
        version.getSteps().size();
        return version;
    }

    /**
     * One page of the versions applicants see now, ordered by item code, with their items loaded. Both
     * filters are optional: one department's items, and items whose current version was published after
     * an instant (what changed since a caller's last synchronisation).
     */
    @PermitAll
    public List<ItemVersion> listPublishedVersions(String departmentCode, OffsetDateTime publishedAfter, int first,
                                                   int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ItemVersion> query = cb.createQuery(ItemVersion.class);
        Root<ItemVersion> version = query.from(ItemVersion.class);
        version.fetch("item");
        Join<ItemVersion, Item> item = version.join("item");
        query.where(publishedVersions(cb, version, item, departmentCode, publishedAfter))
                .orderBy(cb.asc(item.get("code")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many versions {@link #listPublishedVersions} finds in all its pages. */
    @PermitAll
    public long countPublishedVersions(String departmentCode, OffsetDateTime publishedAfter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<ItemVersion> version = query.from(ItemVersion.class);
        Join<ItemVersion, Item> item = version.join("item");
        query.select(cb.count(version)).where(publishedVersions(cb, version, item, departmentCode, publishedAfter));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] publishedVersions(CriteriaBuilder cb, Root<ItemVersion> version,
                                                 Join<ItemVersion, Item> item, String departmentCode,
                                                 OffsetDateTime publishedAfter) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(version.get("status"), VersionStatus.PUBLISHED));
        if (departmentCode != null) {
            where.add(cb.equal(item.get("department").get("code"), departmentCode));
        }
        if (publishedAfter != null) {
            where.add(cb.greaterThan(version.get("publishedAt"), publishedAfter));
        }
        return where.toArray(Predicate[]::new);
    }

    /**
     * Items whose name or code contains a text, by code, at most {@code max}; what the acceptance window
     * picks from. A plain LIKE: a richer search replaces it later.
     */
    @PermitAll
    public List<Item> searchItems(String text, int max) {
        String pattern = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return em.createQuery("SELECT i FROM Item i WHERE i.currentRevision > 0 AND (LOWER(i.name) LIKE :pattern"
                        + " ESCAPE '\\' OR LOWER(i.code) LIKE :pattern ESCAPE '\\') ORDER BY i.code", Item.class)
                .setParameter("pattern", pattern)
                .setMaxResults(max)
                .getResultList();
    }

    private Optional<ItemVersion> findVersion(String itemCode, VersionStatus status) {
        return em.createNamedQuery("ItemVersion.findByStatus", ItemVersion.class)
                .setParameter("code", itemCode)
                .setParameter("status", status)
                .getResultStream()
                .findFirst();
    }

    /**
     * Published items whose Chinese name or code contains the text (any case), optionally of one
     * department, ordered by code; a page of them. The database does the matching and the paging.
     */
    @PermitAll
    public List<Item> search(String text, String departmentCode, int first, int max) {
        return searchQuery("SELECT i FROM Item i", Item.class, text, departmentCode, " ORDER BY i.code")
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** How many items {@link #search} finds in all. */
    @PermitAll
    public long countSearch(String text, String departmentCode) {
        return searchQuery("SELECT COUNT(i) FROM Item i", Long.class, text, departmentCode, "").getSingleResult();
    }

    private <T> TypedQuery<T> searchQuery(String select, Class<T> type, String text, String departmentCode,
                                          String orderBy) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE i.currentRevision > 0");
        boolean byText = text != null && !text.isBlank();
        boolean byDepartment = departmentCode != null && !departmentCode.isBlank();
        if (byDepartment) {
            jpql.append(" AND i.department.code = :department");
        }
        if (byText) {
            jpql.append(" AND (LOWER(i.name) LIKE :pattern ESCAPE '!' OR LOWER(i.code) LIKE :pattern ESCAPE '!')");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(orderBy).toString(), type);
        if (byDepartment) {
            query.setParameter("department", departmentCode.strip());
        }
        if (byText) {
            String escaped = text.strip().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_");
            query.setParameter("pattern", "%" + escaped + "%");
        }
        return query;
    }

    @PermitAll
    public Optional<FormTemplate> findFormTemplate(String fileName) {
        return Optional.ofNullable(em.find(FormTemplate.class, fileName));
    }

    /** A blank form with its content, for download under its real name. */
    @PermitAll
    public Optional<FormDownload> findFormDownload(String fileName) {
        return findFormTemplate(fileName)
                .map(form -> new FormDownload(form.getFileName(), form.getContentType(), form.getContent()));
    }

    /** The one-time notice (一次性告知单) of an item's published version, as PDF. */
    @PermitAll
    public byte[] renderNotice(String itemCode) {
        return NoticePdf.render(getPublishedVersion(itemCode), LocalDate.now(settings.clock()));
    }

    /**
     * A notice listing only some materials of a version (by their numbers), such as those an application
     * still lacks; see {@link NoticePdf#renderMissing}.
     */
    @PermitAll
    public byte[] renderMissingNotice(long versionId, Collection<Integer> materialSeqs, String remark) {
        ItemVersion version = getVersion(versionId);
        List<Material> missing = version.getMaterials().stream()
                .filter(m -> materialSeqs.contains(m.getSeq()))
                .toList();
        return NoticePdf.renderMissing(version, missing, remark, LocalDate.now(settings.clock()));
    }

    /** Loads the catalogue bundled with GovFlow into an empty database, through the import's checks. */
    @PermitAll
    public ImportSummary importBundled() {
        if (countItems() > 0) {
            throw new IllegalStateException("the bundled catalogue is loaded into an empty database only");
        }
        CatalogValidator.Result result = validator(FormSource.BUNDLED).validate(CatalogCsv.readBundled());
        if (!result.valid()) {
            throw new CatalogValidationException(result.errors());
        }
        ImportSummary summary = importCatalog(result.data(), FormSource.BUNDLED);
        audit.recordAs(AuditLog.SYSTEM, "CATALOG_IMPORTED", SUBJECT, null, "bundled catalogue: " + summary);
        return summary;
    }

    /**
     * Imports what an administrator uploaded (see {@link CatalogFiles#read}): all of it when every row
     * passes the checks, nothing otherwise. Either way the attempt is audited.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public ImportReport importFiles(List<CatalogFiles.Upload> uploads) {
        String names = uploads.stream().map(CatalogFiles.Upload::fileName).collect(Collectors.joining(", "));
        CatalogFiles.Contents contents = CatalogFiles.read(uploads);
        FormSource uploaded = contents.formSource();
        FormSource forms = name -> uploaded.open(name).or(() -> FormSource.BUNDLED.open(name));

        CatalogValidator.Result result = validator(forms).validate(contents.catalog());
        if (!result.valid()) {
            audit.record("CATALOG_IMPORT_REFUSED", SUBJECT, null,
                    truncate(names + ": " + result.errors().size() + " error(s)"));
            LOG.info(() -> "Catalogue import refused with " + result.errors().size() + " error(s)");
            return new ImportReport(Optional.empty(), result.errors());
        }

        ImportSummary summary = importCatalog(result.data(), forms);
        audit.record("CATALOG_IMPORTED", SUBJECT, null, truncate(names + ": " + summary));
        return new ImportReport(Optional.of(summary), List.of());
    }

    private static String truncate(String detail) {
        return detail.length() <= 1000 ? detail : detail.substring(0, 997) + "...";
    }

    /** The checks, knowing the departments and blank forms stored now and those the source brings. */
    CatalogValidator validator(FormSource forms) {
        Set<String> departments = listDepartments().stream().map(Department::getCode).collect(Collectors.toSet());
        Set<String> storedForms = new HashSet<>(em.createQuery("SELECT f.fileName FROM FormTemplate f", String.class)
                .getResultList());
        return new CatalogValidator(departments, name -> storedForms.contains(name) || forms.exists(name));
    }

    /**
     * Writes a catalogue that has passed validation: departments are created or updated by code, and each
     * item whose rows differ from its published version gets a new published version (superseding the old
     * one, discarding a pending draft); an item whose rows are the same keeps its version.
     */
    ImportSummary importCatalog(CatalogData data, FormSource forms) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, Department> departments = byCode(listDepartments(), Department::getCode);
        int newDepartments = 0;
        for (CatalogData.DepartmentRow row : data.departments()) {
            Department department = departments.get(row.code());
            if (department == null) {
                department = new Department(row.code(), row.name());
                em.persist(department);
                departments.put(row.code(), department);
                newDepartments++;
            }
            department.setName(row.name());
            department.setWindows(row.windows());
            department.setPhone(row.phone());
            department.setAddress(row.address());
            department.setActive(row.active());
        }

        Map<String, List<CatalogData.MaterialRow>> materials = data.materials().stream()
                .sorted(Comparator.comparingInt(CatalogData.MaterialRow::seq))
                .collect(Collectors.groupingBy(CatalogData.MaterialRow::itemCode));
        Map<String, List<CatalogData.StepRow>> steps = data.steps().stream()
                .sorted(Comparator.comparingInt(CatalogData.StepRow::seq))
                .collect(Collectors.groupingBy(CatalogData.StepRow::itemCode));
        Map<String, Item> items = byCode(em.createQuery("SELECT i FROM Item i", Item.class).getResultList(),
                Item::getCode);
        Map<String, Snapshot> published = publishedSnapshots();

        int newItems = 0;
        int changed = 0;
        int discarded = 0;
        for (CatalogData.ItemRow row : data.items()) {
            List<CatalogData.MaterialRow> itemMaterials = materials.getOrDefault(row.code(), List.of());
            List<CatalogData.StepRow> itemSteps = steps.getOrDefault(row.code(), List.of());
            Department department = departments.get(row.departmentCode());
            Item item = items.get(row.code());
            Snapshot previous = published.get(row.code());
            if (item == null) {
                item = new Item(row.code(), department, row.terms().name(), row.terms().kind());
                em.persist(item);
                newItems++;
            } else if (previous != null && previous.sameAs(row, itemMaterials, itemSteps)) {
                continue;
            } else {
                item.setDepartment(department);
                changed++;
                discarded += discardDraft(row.code());
            }

            ItemVersion version = new ItemVersion(item, item.getCurrentRevision() + 1, row.terms(), now);
            fill(version, itemMaterials, itemSteps, departments);
            itemMaterials.forEach(m -> storeForm(m.templateFile(), forms, now));
            em.persist(version);
            item.publish(version, previous == null ? null : previous.version(), now);
        }

        ImportSummary summary = new ImportSummary(data.departments().size(), newDepartments, data.items().size(),
                newItems, changed, data.items().size() - newItems - changed, data.materials().size(),
                data.steps().size(), discarded);
        LOG.info(() -> "Catalogue imported: " + summary);
        return summary;
    }

    private int discardDraft(String itemCode) {
        Optional<ItemVersion> draft = findVersion(itemCode, VersionStatus.DRAFT);
        draft.ifPresent(d -> {
            em.remove(d);
            // the new version takes the draft's revision number: the delete must reach the database first
            em.flush();
        });
        return draft.isPresent() ? 1 : 0;
    }

    private void fill(ItemVersion version, List<CatalogData.MaterialRow> materials, List<CatalogData.StepRow> steps,
                      Map<String, Department> departments) {
        for (CatalogData.MaterialRow m : materials) {
            version.addMaterial(new Material(version, m.seq(), m.name(), m.form(), m.copies(), m.mandatory(),
                    m.templateFile()));
        }
        for (CatalogData.StepRow s : steps) {
            Department department = departments.computeIfAbsent(s.departmentCode(),
                    code -> findDepartment(code).orElseThrow(() -> new NotFoundException("department.notFound", code)));
            version.addStep(new FlowStep(version, s.seq(), s.name(), s.kind(), department, s.post(), s.person(),
                    s.limitDays(), s.excluded(), s.parallelGroup()));
        }
    }

    private void storeForm(String fileName, FormSource forms, OffsetDateTime now) {
        if (fileName == null || em.find(FormTemplate.class, fileName) != null) {
            return;
        }
        forms.open(fileName).ifPresent(in -> {
            try (InputStream content = in) {
                em.persist(new FormTemplate(fileName, contentType(fileName), content.readAllBytes(), now));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read form " + fileName, e);
            }
        });
    }

    static String contentType(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        } else if (lower.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        } else if (lower.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        } else if (lower.endsWith(".doc")) {
            return "application/msword";
        }
        return "application/octet-stream";
    }

    /** The catalogue applicants see now: every department and each item's published version. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public CatalogData currentCatalog() {
        List<CatalogData.DepartmentRow> departments = listDepartments().stream()
                .map(d -> new CatalogData.DepartmentRow(0, d.getCode(), d.getName(), d.getWindows(), d.getPhone(),
                        d.getAddress(), d.isActive()))
                .toList();
        List<CatalogData.ItemRow> items = new ArrayList<>();
        List<CatalogData.MaterialRow> materials = new ArrayList<>();
        List<CatalogData.StepRow> steps = new ArrayList<>();
        publishedSnapshots().values().stream()
                .sorted(Comparator.comparing(s -> s.item().code()))
                .forEach(s -> {
                    items.add(s.item());
                    materials.addAll(s.materials());
                    steps.addAll(s.steps());
                });
        return new CatalogData(departments, items, materials, steps);
    }

    /** The current catalogue as one XLSX workbook of four sheets, ready to edit and import again. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public byte[] exportXlsx() {
        return CatalogXlsx.write(currentCatalog());
    }

    /** The current catalogue as a ZIP of the four CSV files, ready to edit and import again. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public byte[] exportCsvZip() {
        return CatalogFiles.writeZip(currentCatalog());
    }

    /** Every published version as file rows, by item code, read with three queries. */
    private Map<String, Snapshot> publishedSnapshots() {
        em.createQuery("SELECT i FROM Item i", Item.class).getResultList();
        List<ItemVersion> versions = em.createQuery(
                        "SELECT v FROM ItemVersion v WHERE v.status = :status", ItemVersion.class)
                .setParameter("status", VersionStatus.PUBLISHED)
                .getResultList();
        Map<Long, List<Material>> materials = em.createQuery(
                        "SELECT m FROM Material m WHERE m.itemVersion.status = :status", Material.class)
                .setParameter("status", VersionStatus.PUBLISHED)
                .getResultStream()
                .collect(Collectors.groupingBy(m -> m.getItemVersion().getId()));
        Map<Long, List<FlowStep>> steps = em.createQuery(
                        "SELECT s FROM FlowStep s WHERE s.itemVersion.status = :status", FlowStep.class)
                .setParameter("status", VersionStatus.PUBLISHED)
                .getResultStream()
                .collect(Collectors.groupingBy(s -> s.getItemVersion().getId()));

        Map<String, Snapshot> snapshots = new HashMap<>();
        for (ItemVersion version : versions) {
            String code = version.getItem().getCode();
            snapshots.put(code, new Snapshot(version,
                    new CatalogData.ItemRow(0, code, version.getItem().getDepartment().getCode(), version.terms()),
                    materials.getOrDefault(version.getId(), List.of()).stream()
                            .sorted(Comparator.comparingInt(Material::getSeq))
                            .map(m -> new CatalogData.MaterialRow(0, code, m.getSeq(), m.getName(), m.getForm(),
                                    m.getCopies(), m.isMandatory(), m.getTemplateFile()))
                            .toList(),
                    steps.getOrDefault(version.getId(), List.of()).stream()
                            .sorted(Comparator.comparingInt(FlowStep::getSeq))
                            .map(s -> new CatalogData.StepRow(0, code, s.getSeq(), s.getName(), s.getKind(),
                                    s.getDepartment().getCode(), s.getPost(), s.getPerson(), s.getLimitDays(),
                                    s.isExcluded(), s.getParallelGroup()))
                            .toList()));
        }
        return snapshots;
    }

    /** A published version as file rows; two are the same when their cells are, whatever their row numbers. */
    private record Snapshot(ItemVersion version, CatalogData.ItemRow item, List<CatalogData.MaterialRow> materials,
                            List<CatalogData.StepRow> steps) {

        boolean sameAs(CatalogData.ItemRow otherItem, List<CatalogData.MaterialRow> otherMaterials,
                       List<CatalogData.StepRow> otherSteps) {
            CatalogData mine = new CatalogData(List.of(), List.of(item), materials, steps);
            CatalogData theirs = new CatalogData(List.of(), List.of(otherItem), otherMaterials, otherSteps);
            return mine.cells(CatalogTable.ITEMS).equals(theirs.cells(CatalogTable.ITEMS))
                    && mine.cells(CatalogTable.MATERIALS).equals(theirs.cells(CatalogTable.MATERIALS))
                    && mine.cells(CatalogTable.STEPS).equals(theirs.cells(CatalogTable.STEPS));
        }
    }

    /** The pending draft of an item, if an administrator started one. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Optional<ItemVersion> findDraft(String itemCode) {
        return findVersion(itemCode, VersionStatus.DRAFT).map(CatalogService::loaded);
    }

    /** The item's draft: the pending one, or a new copy of its published version (revision + 1). */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public ItemVersion startDraft(String itemCode) {
        Optional<ItemVersion> pending = findVersion(itemCode, VersionStatus.DRAFT);
        if (pending.isPresent()) {
            return loaded(pending.get());
        }
        ItemVersion published = getPublishedVersion(itemCode);
        Item item = published.getItem();
        ItemVersion draft = new ItemVersion(item, item.getCurrentRevision() + 1, published.terms(),
                OffsetDateTime.now(ZoneOffset.UTC));
        copyContents(published, draft);
        em.persist(draft);
        audit.record("CATALOG_DRAFT_STARTED", ITEM_SUBJECT, itemCode, "revision " + draft.getRevision());
        return loaded(draft);
    }

    private static void copyContents(ItemVersion from, ItemVersion to) {
        for (Material m : from.getMaterials()) {
            to.addMaterial(new Material(to, m.getSeq(), m.getName(), m.getForm(), m.getCopies(), m.isMandatory(),
                    m.getTemplateFile()));
        }
        for (FlowStep s : from.getSteps()) {
            to.addStep(new FlowStep(to, s.getSeq(), s.getName(), s.getKind(), s.getDepartment(), s.getPost(),
                    s.getPerson(), s.getLimitDays(), s.isExcluded(), s.getParallelGroup()));
        }
    }

    /**
     * Replaces the draft's terms, materials and steps, after the same checks as a file import; refuses
     * with every fault found. Starts the draft if there is none.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public ItemVersion saveDraft(String itemCode, DraftContent content) {
        Item item = getItem(itemCode);
        DraftContent normalised = normalise(itemCode, content);
        List<ImportError> errors = validator(FormSource.BUNDLED).validateVersion(itemCode,
                item.getDepartment().getCode(), normalised.terms(), normalised.materials(), normalised.steps());
        if (!errors.isEmpty()) {
            throw new CatalogValidationException(errors);
        }

        // TODO: optimistic lock on drafts, so two administrators saving one draft cannot overwrite each other
        ItemVersion draft = startDraft(itemCode);
        draft.apply(normalised.terms());
        draft.clearContents();
        em.flush();
        Map<String, Department> departments = byCode(listDepartments(), Department::getCode);
        fill(draft, normalised.materials(), normalised.steps(), departments);
        normalised.materials().forEach(m -> storeForm(m.templateFile(), FormSource.BUNDLED,
                OffsetDateTime.now(ZoneOffset.UTC)));
        audit.record("CATALOG_DRAFT_SAVED", ITEM_SUBJECT, itemCode, "revision " + draft.getRevision());
        return loaded(draft);
    }

    /**
     * Publishes the item's draft as its new version: the version applicants saw becomes SUPERSEDED (and
     * stays readable for the cases that reference it).
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public ItemVersion publishDraft(String itemCode) {
        ItemVersion draft = findVersion(itemCode, VersionStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("catalog.draft.notFound", itemCode));
        Item item = draft.getItem();
        List<ImportError> errors = validator(FormSource.BUNDLED).validateVersion(itemCode,
                item.getDepartment().getCode(), draft.terms(), CatalogData.materialRows(draft),
                CatalogData.stepRows(draft));
        if (!errors.isEmpty()) {
            throw new CatalogValidationException(errors);
        }

        ItemVersion previous = findVersion(itemCode, VersionStatus.PUBLISHED).orElse(null);
        item.publish(draft, previous, OffsetDateTime.now(ZoneOffset.UTC));
        audit.record("CATALOG_VERSION_PUBLISHED", ITEM_SUBJECT, itemCode, "revision " + draft.getRevision()
                + (previous == null ? "" : ", supersedes " + previous.getRevision()));
        LOG.info(() -> "Item " + itemCode + " published at revision " + draft.getRevision());
        return loaded(draft);
    }

    /** Drops the item's pending draft, if any. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public void discardDraftOf(String itemCode) {
        if (discardDraft(itemCode) > 0) {
            audit.record("CATALOG_DRAFT_DISCARDED", ITEM_SUBJECT, itemCode, null);
        }
    }

    /** The editor's lines with the item's code, their line numbers as rows, and empty text for null. */
    private static DraftContent normalise(String itemCode, DraftContent content) {
        ItemTerms t = content.terms();
        ItemTerms terms = new ItemTerms(text(t.name()), t.kind(), text(t.legalBasis()), text(t.conditions()),
                t.legalDays(), t.promisedDays(), text(t.feeStandard()), blankToNull(t.feeBasis()),
                blankToNull(t.phone()), t.publishDecisions());
        List<CatalogData.MaterialRow> materials = new ArrayList<>();
        for (int i = 0; i < content.materials().size(); i++) {
            CatalogData.MaterialRow m = content.materials().get(i);
            materials.add(new CatalogData.MaterialRow(i + 1, itemCode, m.seq(), text(m.name()), m.form(),
                    m.copies(), m.mandatory(), blankToNull(m.templateFile())));
        }
        List<CatalogData.StepRow> steps = new ArrayList<>();
        for (int i = 0; i < content.steps().size(); i++) {
            CatalogData.StepRow s = content.steps().get(i);
            steps.add(new CatalogData.StepRow(i + 1, itemCode, s.seq(), text(s.name()), s.kind(),
                    text(s.departmentCode()), text(s.post()), blankToNull(s.person()), s.limitDays(), s.excluded(),
                    blankToNull(s.parallelGroup())));
        }
        return new DraftContent(terms, materials, steps);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> Map<String, T> byCode(List<T> list, Function<T, String> code) {
        Map<String, T> map = new HashMap<>();
        list.forEach(t -> map.put(code.apply(t), t));
        return map;
    }

    /** Where the blank forms a catalogue refers to come from. */
    @FunctionalInterface
    public interface FormSource {

        /** The forms bundled with GovFlow. */
        FormSource BUNDLED = name -> Optional.ofNullable(CatalogService.class.getResourceAsStream(
                CatalogCsv.BUNDLED + "forms/" + name));

        Optional<InputStream> open(String fileName);

        /** Whether the source has a form of that name. */
        default boolean exists(String fileName) {
            if (fileName.contains("/") || fileName.contains("\\")) {
                return false;
            }
            Optional<InputStream> in = open(fileName);
            in.ifPresent(stream -> {
                try {
                    stream.close();
                } catch (IOException ignored) {
                    LOG.fine("closing a form stream failed; nothing was read from it");
                }
            });
            return in.isPresent();
        }
    }
}
