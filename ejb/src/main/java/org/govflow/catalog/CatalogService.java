package org.govflow.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govflow.audit.AuditLog;
import org.govflow.platform.NotFoundException;
import org.govflow.staff.Roles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Owns the approval catalogue: reading departments and items for everyone, and importing a catalogue,
 * where every changed item becomes a new published version so that running cases keep theirs.
 */
@Stateless
public class CatalogService {

    private static final Logger LOG = Logger.getLogger(CatalogService.class.getName());

    static final String SUBJECT = "catalogue";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

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

    /** The version applicants see now, with its materials and steps loaded. */
    @PermitAll
    public ItemVersion getPublishedVersion(String itemCode) {
        ItemVersion version = findVersion(itemCode, VersionStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("catalog.item.notFound", itemCode));
        version.getMaterials().size();
        version.getSteps().size();
        return version;
    }

    /** A version by id, with its materials and steps loaded; cases read the version they were accepted under. */
    @PermitAll
    public ItemVersion getVersion(long versionId) {
        ItemVersion version = em.find(ItemVersion.class, versionId);
        if (version == null) {
            throw new NotFoundException("catalog.version.notFound", versionId);
        }
        version.getMaterials().size();
        version.getSteps().size();
        return version;
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

    @PermitAll
    public Optional<FormTemplate> findFormTemplate(String fileName) {
        return Optional.ofNullable(em.find(FormTemplate.class, fileName));
    }

    /** Loads the catalogue bundled with GovFlow; used on first start. */
    @PermitAll
    public ImportSummary importBundled() {
        if (countItems() > 0) {
            throw new IllegalStateException("the bundled catalogue is loaded into an empty database only");
        }
        // TODO: validate the bundled files through the same checks as an administrator's import
        return importCatalog(CatalogCsv.readBundled(), FormSource.BUNDLED);
    }

    /** Imports a catalogue as an administrator; see {@link #importCatalog(CatalogData, FormSource)}. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public ImportSummary importAsAdministrator(CatalogData data, FormSource forms) {
        ImportSummary summary = importCatalog(data, forms);
        audit.record("CATALOG_IMPORTED", SUBJECT, null, summary.toString());
        return summary;
    }

    /**
     * Writes a catalogue that has passed validation: departments are created or updated by code, and each
     * item gets a new published version with the rows' terms, materials and steps.
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
                .collect(Collectors.groupingBy(CatalogData.MaterialRow::itemCode));
        Map<String, List<CatalogData.StepRow>> steps = data.steps().stream()
                .collect(Collectors.groupingBy(CatalogData.StepRow::itemCode));
        Map<String, Item> items = byCode(em.createQuery("SELECT i FROM Item i", Item.class).getResultList(),
                Item::getCode);

        int newItems = 0;
        for (CatalogData.ItemRow row : data.items()) {
            Department department = departments.get(row.departmentCode());
            Item item = items.get(row.code());
            ItemVersion previous = null;
            if (item == null) {
                item = new Item(row.code(), department, row.terms().name(), row.terms().kind());
                em.persist(item);
                newItems++;
            } else {
                item.setDepartment(department);
                previous = findVersion(row.code(), VersionStatus.PUBLISHED).orElse(null);
            }
            int revision = item.getCurrentRevision() + 1;

            ItemVersion version = new ItemVersion(item, revision, row.terms(), now);
            for (CatalogData.MaterialRow m : materials.getOrDefault(row.code(), List.of())) {
                version.addMaterial(new Material(version, m.seq(), m.name(), m.form(), m.copies(), m.mandatory(),
                        m.templateFile()));
                storeForm(m.templateFile(), forms, now);
            }
            for (CatalogData.StepRow s : steps.getOrDefault(row.code(), List.of())) {
                version.addStep(new FlowStep(version, s.seq(), s.name(), s.kind(), departments.get(s.departmentCode()),
                        s.post(), s.person(), s.limitDays(), s.excluded(), s.parallelGroup()));
            }
            em.persist(version);
            item.publish(version, previous, now);
        }

        ImportSummary summary = new ImportSummary(data.departments().size(), newDepartments, data.items().size(),
                newItems, data.materials().size(), data.steps().size());
        LOG.info(() -> "Catalogue imported: " + summary);
        return summary;
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
    }

    /** What an import wrote. */
    public record ImportSummary(int departments, int newDepartments, int items, int newItems, int materials,
                                int steps) {
    }
}
