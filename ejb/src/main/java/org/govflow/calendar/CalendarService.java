package org.govflow.calendar;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.govflow.audit.AuditLog;
import org.govflow.platform.GovFlowException;
import org.govflow.staff.Roles;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Owns the stored working-day calendar: the bundled official years are seeded on first start, an
 * administrator loads further years from CSV files or edits single days, and everyone reads the current
 * {@link WorkingDayCalendar}. It is a singleton because it caches that calendar: an edit drops the cache
 * once its transaction ends, and the cache is rebuilt from the database at least every
 * {@link #REFRESH_INTERVAL}, so the other nodes of a cluster see an edit within that interval.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CalendarService {

    /** How long a node keeps the calendar before reading it again. */
    public static final Duration REFRESH_INTERVAL = Duration.ofSeconds(60);

    static final String SUBJECT = "calendar";

    private static final Logger LOG = Logger.getLogger(CalendarService.class.getName());

    private static final int MAX_NAME_LENGTH = 60;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext context;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private volatile Cached cached;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void seedBundledYears() {
        if (em.createNamedQuery("CalendarYear.count", Long.class).getSingleResult() > 0) {
            return;
        }
        WorkingDayCalendar bundled = WorkingDayCalendar.bundled();
        Set<Integer> years = new TreeSet<>(bundled.loadedYears());
        for (int year : years) {
            List<CalendarEntry> entries = entriesOf(bundled, year);
            store(year, entries, AuditLog.SYSTEM, "bundled cn-" + year + ".csv");
            audit.recordAs(AuditLog.SYSTEM, "CALENDAR_YEAR_LOADED", SUBJECT, year,
                    "bundled, " + entries.size() + " entries");
        }
        LOG.info(() -> "Bundled calendars seeded for " + years);
    }

    /**
     * The current working-day calendar: every stored exceptional date, with the stored years loaded.
     * Cached; read again after an edit on this node, or after {@link #REFRESH_INTERVAL}.
     */
    @PermitAll
    public WorkingDayCalendar calendar() {
        Cached current = cached;
        if (current == null || current.isOlderThan(REFRESH_INTERVAL)) {
            current = new Cached(load(), System.nanoTime());
            cached = current;
        }
        return current.calendar();
    }

    /** The years whose official calendar is loaded, earliest first. */
    @PermitAll
    public List<CalendarYear> listYears() {
        return em.createNamedQuery("CalendarYear.findAll", CalendarYear.class).getResultList();
    }

    /** The holidays and make-up working days of a year, in date order. */
    @PermitAll
    public List<CalendarDay> listDays(int year) {
        CalendarYear loaded = em.find(CalendarYear.class, year);
        return loaded == null ? List.of() : em.createNamedQuery("CalendarDay.findByYear", CalendarDay.class)
                .setParameter("year", loaded)
                .getResultList();
    }

    /**
     * Loads the official calendar of one year from a file in the {@link CalendarCsv} format, replacing
     * whatever the year held before. Every line must lie in that year.
     *
     * @param year the year the file is for
     * @param csv the file's content
     * @param source the file's name, kept to show where the year came from
     * @return how many holidays and make-up working days were stored
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public int loadYear(int year, String csv, String source) {
        List<CalendarEntry> entries;
        try {
            entries = CalendarCsv.parse(new StringReader(csv));
        } catch (CalendarFormatException e) {
            throw new GovFlowException("calendar.file.invalid", e.problems().size(),
                    String.join("；", e.problems()));
        }
        for (CalendarEntry entry : entries) {
            if (entry.date().getYear() != year) {
                throw new GovFlowException("calendar.file.wrongYear", entry.date().toString(), String.valueOf(year));
            }
            checkName(entry.name());
        }

        store(year, entries, caller(), source);
        // TODO: recount the due dates of running cases counted without this year, and clear their flag

        audit.record("CALENDAR_YEAR_LOADED", SUBJECT, year, source + ", " + entries.size() + " entries");
        LOG.info(() -> "Calendar of " + year + " loaded with " + entries.size() + " entries");
        dropCacheAfterTransaction();
        return entries.size();
    }

    /**
     * Makes one date of a loaded year a holiday or a make-up working day, or renames it.
     *
     * @throws GovFlowException if the year is not loaded, or a make-up working day is not on a weekend
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public CalendarDay setDay(LocalDate date, CalendarEntry.Kind kind, String name) {
        CalendarYear year = loadedYear(date);
        String cleanName = name == null ? "" : name.strip();
        checkName(cleanName);
        CalendarEntry entry;
        try {
            entry = new CalendarEntry(date, kind, cleanName);
        } catch (IllegalArgumentException e) {
            throw new GovFlowException("calendar.day.workdayNotWeekend", date.toString());
        }

        CalendarDay day = em.find(CalendarDay.class, date);
        if (day == null) {
            day = new CalendarDay(year, entry);
            em.persist(day);
        } else {
            day.change(entry);
        }
        year.record(now(), caller(), "edited");

        audit.record("CALENDAR_DAY_SET", SUBJECT, date, kind + " " + cleanName);
        dropCacheAfterTransaction();
        return day;
    }

    /** Makes a date of a loaded year an ordinary day again (a working day on weekdays, rest at weekends). */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public void removeDay(LocalDate date) {
        CalendarYear year = loadedYear(date);
        CalendarDay day = em.find(CalendarDay.class, date);
        if (day == null) {
            throw new GovFlowException("calendar.day.notFound", date.toString());
        }

        em.remove(day);
        year.record(now(), caller(), "edited");

        audit.record("CALENDAR_DAY_REMOVED", SUBJECT, date, day.getKind() + " " + day.getName());
        dropCacheAfterTransaction();
    }

    private WorkingDayCalendar load() {
        Set<Integer> years = listYears().stream().map(CalendarYear::getYear).collect(Collectors.toSet());
        List<CalendarEntry> entries = em.createNamedQuery("CalendarDay.findAll", CalendarDay.class)
                .getResultStream()
                .map(CalendarDay::toEntry)
                .toList();
        return WorkingDayCalendar.of(entries, years);
    }

    /** Makes a year loaded with exactly these entries, replacing any it held. */
    private void store(int year, List<CalendarEntry> entries, String by, String source) {
        CalendarYear loaded = em.find(CalendarYear.class, year);
        if (loaded == null) {
            loaded = new CalendarYear(year, now(), by, source);
            em.persist(loaded);
        } else {
            em.createNamedQuery("CalendarDay.deleteByYear").setParameter("year", loaded).executeUpdate();
            loaded.record(now(), by, source);
        }
        for (CalendarEntry entry : entries) {
            em.persist(new CalendarDay(loaded, entry));
        }
    }

    private CalendarYear loadedYear(LocalDate date) {
        CalendarYear year = em.find(CalendarYear.class, date.getYear());
        if (year == null) {
            throw new GovFlowException("calendar.year.notLoaded", String.valueOf(date.getYear()));
        }
        return year;
    }

    private static void checkName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new GovFlowException("calendar.day.nameInvalid", MAX_NAME_LENGTH);
        }
    }

    /** Drops the cache when the edit's transaction ends, so no reader caches the state before the commit. */
    private void dropCacheAfterTransaction() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                cached = null;
            }
        });
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The holidays and make-up working days a calendar holds for one year, in date order. */
    private static List<CalendarEntry> entriesOf(WorkingDayCalendar calendar, int year) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            DayKind kind = calendar.kindOf(day);
            if (kind == DayKind.HOLIDAY || kind == DayKind.MAKEUP_WORKDAY) {
                entries.add(new CalendarEntry(day, kind == DayKind.HOLIDAY ? CalendarEntry.Kind.HOLIDAY
                        : CalendarEntry.Kind.WORKDAY, calendar.nameOf(day).orElseThrow()));
            }
        }
        return entries;
    }

    private record Cached(WorkingDayCalendar calendar, long loadedNanos) {

        boolean isOlderThan(Duration age) {
            return System.nanoTime() - loadedNanos > age.toNanos();
        }
    }
}
