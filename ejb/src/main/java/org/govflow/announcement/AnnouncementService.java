package org.govflow.announcement;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.govflow.audit.AuditLog;
import org.govflow.calendar.CentreClock;
import org.govflow.casework.Case;
import org.govflow.casework.CaseClosed;
import org.govflow.catalog.CatalogService;
import org.govflow.catalog.Department;
import org.govflow.catalog.ItemVersion;
import org.govflow.staff.Roles;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Publishes the decision of every closed case whose item version allows it, in the closing transaction, and
 * serves the public list (searched and paged in the database, newest first) and the Atom feed.
 */
@Stateless
public class AnnouncementService {

    private static final Logger LOG = Logger.getLogger(AnnouncementService.class.getName());

    /** At most this many entries are read per page or feed. */
    public static final int MAX_PAGE = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CatalogService catalog;

    @Inject
    private CentreClock clock;

    @Inject
    private AuditLog audit;

    /** Publishes a closed case's decision, unless its item version says publishDecisions=false. */
    @PermitAll
    public void publish(@Observes CaseClosed event) {
        Case closed = event.closed();
        if (closed.getDecision() == null || closed.getItemVersionId() == null) {
            return;
        }
        ItemVersion version = catalog.getVersion(closed.getItemVersionId());
        if (!version.isPublishDecisions()) {
            LOG.fine(() -> "Case " + closed.getAcceptanceNumber() + " closed; its item publishes no decisions");
            return;
        }
        String department = catalog.findDepartment(closed.getDepartmentCode()).map(Department::getName)
                .orElse(closed.getDepartmentCode());

        Announcement announcement = new Announcement(closed.getId(), closed.getItemCode(), closed.getItemName(),
                closed.getDepartmentCode(), department,
                NameMask.mask(closed.getApplicant().getKind(), closed.getApplicant().getName()),
                closed.getDecision(), clock.dateOf(closed.getIssuedAt().toInstant()), closed.getDocumentNumber(),
                clock.now().atOffset(ZoneOffset.UTC));
        em.persist(announcement);
        audit.record("DECISION_PUBLISHED", "announcement", announcement.getId(), closed.getAcceptanceNumber());
        LOG.info(() -> "Case " + closed.getAcceptanceNumber() + ": decision published");
    }

    /** One page of announcements matching the filter, newest decision first. */
    @PermitAll
    public List<Announcement> search(AnnouncementFilter filter, int first, int max) {
        TypedQuery<Announcement> query = em.createQuery("SELECT a FROM Announcement a" + where(filter)
                + " ORDER BY a.decidedOn DESC, a.id DESC", Announcement.class);
        return bind(query, filter).setFirstResult(Math.max(0, first)).setMaxResults(Math.min(max, MAX_PAGE))
                .getResultList();
    }

    @PermitAll
    public long count(AnnouncementFilter filter) {
        return bind(em.createQuery("SELECT COUNT(a) FROM Announcement a" + where(filter), Long.class), filter)
                .getSingleResult();
    }

    /**
     * Decisions published after an instant (all when it is null), in the order they were published, with
     * their cases' acceptance numbers: a page of what another system has not synchronised yet.
     */
    @RolesAllowed(Roles.INTEROP_CLIENT)
    public List<PublishedDecision> listPublishedSince(OffsetDateTime since, int first, int max) {
        TypedQuery<Object[]> query = em.createQuery("SELECT a, c.acceptanceNumber FROM Announcement a,"
                + " ApprovalCase c WHERE c.id = a.caseId" + (since == null ? "" : " AND a.publishedAt > :since")
                + " ORDER BY a.publishedAt, a.id", Object[].class);
        return since(query, since)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(max, MAX_PAGE))
                .getResultStream()
                .map(row -> new PublishedDecision((Announcement) row[0], (String) row[1]))
                .toList();
    }

    @RolesAllowed(Roles.INTEROP_CLIENT)
    public long countPublishedSince(OffsetDateTime since) {
        return since(em.createQuery("SELECT COUNT(a) FROM Announcement a"
                + (since == null ? "" : " WHERE a.publishedAt > :since"), Long.class), since)
                .getSingleResult();
    }

    private static <T> TypedQuery<T> since(TypedQuery<T> query, OffsetDateTime since) {
        return since == null ? query : query.setParameter("since", since);
    }

    /** Whether the decision of this case was published. */
    @PermitAll
    public boolean isPublished(long caseId) {
        return em.createNamedQuery("Announcement.countByCase", Long.class).setParameter("caseId", caseId)
                .getSingleResult() > 0;
    }

    private static String where(AnnouncementFilter filter) {
        StringBuilder where = new StringBuilder();
        for (Map.Entry<String, Object> p : parameters(filter).entrySet()) {
            where.append(where.isEmpty() ? " WHERE " : " AND ").append(switch (p.getKey()) {
                case "item" -> "(LOWER(a.itemName) LIKE :item OR LOWER(a.itemCode) LIKE :item)";
                case "department" -> "a.departmentCode = :department";
                case "applicant" -> "LOWER(a.applicantName) LIKE :applicant";
                case "from" -> "a.decidedOn >= :from";
                default -> "a.decidedOn <= :to";
            });
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, AnnouncementFilter filter) {
        parameters(filter).forEach(query::setParameter);
        return query;
    }

    private static Map<String, Object> parameters(AnnouncementFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        if (filter == null) {
            return parameters;
        }
        putLike(parameters, "item", filter.item());
        if (filter.departmentCode() != null && !filter.departmentCode().isBlank()) {
            parameters.put("department", filter.departmentCode().strip());
        }
        putLike(parameters, "applicant", filter.applicant());
        if (filter.from() != null) {
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            parameters.put("to", filter.to());
        }
        return parameters;
    }

    private static void putLike(Map<String, Object> parameters, String name, String text) {
        if (text != null && !text.isBlank()) {
            String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "")
                    .replace("_", "");
            if (!escaped.isEmpty()) {
                parameters.put(name, "%" + escaped + "%");
            }
        }
    }
}
