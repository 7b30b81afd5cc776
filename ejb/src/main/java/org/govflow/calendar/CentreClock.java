package org.govflow.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The service centre's notion of "now" and "today", in the centre's time zone (Asia/Shanghai by default).
 * Only the instant of the given {@link Clock} is used, never its zone nor the JVM default zone, so results do not
 * depend on where the server runs.
 */
public final class CentreClock {

    /** The default centre time zone. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock clock;
    private final ZoneId zone;

    /**
     * Creates a centre clock.
     *
     * @param clock the source of the current instant
     * @param zone the centre's time zone
     */
    public CentreClock(Clock clock, ZoneId zone) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Creates a centre clock in {@link #DEFAULT_ZONE}.
     *
     * @param clock the source of the current instant
     */
    public CentreClock(Clock clock) {
        this(clock, DEFAULT_ZONE);
    }

    /**
     * Creates a centre clock on the system clock in {@link #DEFAULT_ZONE}.
     *
     * @return the clock
     */
    public static CentreClock system() {
        return new CentreClock(Clock.systemUTC(), DEFAULT_ZONE);
    }

    /**
     * Returns the centre's time zone.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the current instant.
     *
     * @return the instant
     */
    public Instant now() {
        return clock.instant();
    }

    /**
     * Returns today's date in the centre.
     *
     * @return the date
     */
    public LocalDate today() {
        return dateOf(clock.instant());
    }

    /**
     * Returns the centre date of an instant.
     *
     * @param instant the instant
     * @return the date in the centre zone
     */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(Objects.requireNonNull(instant, "instant"), zone);
    }

    /**
     * Returns the first instant of a centre day.
     *
     * @param date the day
     * @return the start of that day in the centre zone
     */
    public Instant startOfDay(LocalDate date) {
        return Objects.requireNonNull(date, "date").atStartOfDay(zone).toInstant();
    }

    /**
     * Returns the instant from which a case due on {@code dueDate} is overdue: the start of the next centre day.
     *
     * @param dueDate the due date
     * @return the start of the day after the due date
     */
    public Instant overdueFrom(LocalDate dueDate) {
        return startOfDay(Objects.requireNonNull(dueDate, "dueDate").plusDays(1));
    }

    /**
     * Returns the instant from which to warn about a case: the start of the warning day.
     *
     * @param warnDate the warning day
     * @return the start of that day in the centre zone
     */
    public Instant warnFrom(LocalDate warnDate) {
        return startOfDay(warnDate);
    }

    @Override
    public String toString() {
        return "CentreClock[" + zone + "]";
    }
}
