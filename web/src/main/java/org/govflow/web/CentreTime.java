package org.govflow.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.platform.Settings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Shows instants and days as the centre sees them: in the centre's zone, whatever the server's. Pages
 * use it as {@code #{centreTime.format(...)}}.
 */
@Named
@ApplicationScoped
public class CentreTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    @Inject
    private Settings settings;

    /** An instant as date and minute in the centre; empty for none. */
    public String format(OffsetDateTime instant) {
        return instant == null ? "" : instant.atZoneSameInstant(settings.zone()).format(DATE_TIME);
    }

    /** A day as yyyy-MM-dd; empty for none. */
    public String date(LocalDate day) {
        return day == null ? "" : day.format(DATE);
    }

    /** Years as a list for a warning, e.g. "2027、2028" (or "2027, 2028" in English). */
    public String years(Collection<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(Messages.text("punct.list")));
    }

    /** Today in the centre. */
    public LocalDate today() {
        return LocalDate.now(settings.clock());
    }
}
