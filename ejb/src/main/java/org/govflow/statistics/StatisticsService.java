package org.govflow.statistics;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govflow.calendar.CentreClock;
import org.govflow.casework.CaseState;
import org.govflow.catalog.CatalogService;
import org.govflow.catalog.Department;
import org.govflow.complaint.ComplaintCount;
import org.govflow.complaint.ComplaintService;
import org.govflow.platform.GovFlowException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Computes the statistics the centre publishes for a period from the stored case records (acceptance and
 * closing instants, working days used, limits), the complaints and the applicants' ratings, aggregated in the
 * database. Anyone may read them.
 */
@Stateless
@PermitAll
public class StatisticsService {

    /** The longest period one request may cover. */
    public static final int MAX_PERIOD_DAYS = 3660;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CatalogService catalog;

    @Inject
    private ComplaintService complaints;

    @Inject
    private CentreClock clock;

    /** The figures of the centre days {@code from} to {@code to}, both included. */
    public PublishedStatistics compute(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_PERIOD_DAYS) {
            throw new GovFlowException("statistics.period.invalid", MAX_PERIOD_DAYS);
        }
        OffsetDateTime start = clock.startOfDay(from).atOffset(ZoneOffset.UTC);
        OffsetDateTime end = clock.startOfDay(to.plusDays(1)).atOffset(ZoneOffset.UTC);
        Map<String, Figures> rows = new TreeMap<>();

        for (Object[] row : rows("SELECT c.departmentCode, COUNT(c), COUNT(DISTINCT c.itemCode) FROM ApprovalCase c "
                + "WHERE c.acceptedAt >= :from AND c.acceptedAt < :to GROUP BY c.departmentCode", start, end)) {
            add(rows, (String) row[0], (code, name) -> new Figures(code, name, count(row[1]), 0, 0, 0, 0, 0,
                    count(row[2]), 0, 0, 0, 0));
        }
        for (Object[] row : em.createQuery("SELECT c.departmentCode, COUNT(c), SUM(CASE WHEN c.workingDaysUsed "
                        + "<= c.promisedDays + c.extensionDays THEN 1 ELSE 0 END), SUM(c.workingDaysUsed), "
                        + "SUM(c.promisedDays), SUM(c.legalDays) FROM ApprovalCase c WHERE c.state = :closed "
                        + "AND c.issuedAt >= :from AND c.issuedAt < :to GROUP BY c.departmentCode", Object[].class)
                .setParameter("closed", CaseState.CLOSED).setParameter("from", start).setParameter("to", end)
                .getResultList()) {
            add(rows, (String) row[0], (code, name) -> new Figures(code, name, 0, count(row[1]), count(row[2]),
                    count(row[3]), count(row[4]), count(row[5]), 0, 0, 0, 0, 0));
        }
        for (Object[] row : rows("SELECT r.departmentCode, COUNT(r), SUM(r.score) FROM CaseRating r "
                + "WHERE r.ratedAt >= :from AND r.ratedAt < :to GROUP BY r.departmentCode", start, end)) {
            add(rows, (String) row[0], (code, name) -> new Figures(code, name, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                    count(row[1]), count(row[2])));
        }
        Figures centre = Figures.empty(null, null);
        for (ComplaintCount count : complaints.countByDepartment(start, end)) {
            BiFunction<String, String, Figures> figures = (code, name) -> new Figures(code, name, 0, 0, 0, 0, 0, 0,
                    0, count.received(), count.answered(), 0, 0);
            if (count.departmentCode() == null) {
                centre = centre.plus(figures.apply(null, null));
            } else {
                add(rows, count.departmentCode(), figures);
            }
        }

        for (Figures department : rows.values()) {
            centre = centre.plus(department);
        }
        long items = em.createQuery("SELECT COUNT(DISTINCT c.itemCode) FROM ApprovalCase c WHERE c.acceptedAt >= :from "
                + "AND c.acceptedAt < :to", Long.class).setParameter("from", start).setParameter("to", end)
                .getSingleResult();
        return new PublishedStatistics(from, to, List.copyOf(rows.values()), centre.withItems(items));
    }

    private List<Object[]> rows(String jpql, OffsetDateTime from, OffsetDateTime to) {
        return em.createQuery(jpql, Object[].class).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    private void add(Map<String, Figures> rows, String code, BiFunction<String, String, Figures> figures) {
        Figures existing = rows.get(code);
        if (existing == null) {
            String name = catalog.findDepartment(code).map(Department::getName).orElse(code);
            rows.put(code, figures.apply(code, name));
        } else {
            rows.put(code, existing.plus(figures.apply(code, existing.departmentName())));
        }
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
