package org.govflow.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.calendar.CalendarDay;
import org.govflow.calendar.CalendarEntry;
import org.govflow.calendar.CalendarService;
import org.govflow.calendar.CalendarYear;
import org.govflow.platform.GovFlowException;
import org.govflow.web.CentreTime;
import org.govflow.web.Messages;
import org.primefaces.model.file.UploadedFile;

import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;

/**
 * The administrator's working-day calendar: which years are loaded, the holidays and make-up working days
 * of one year, loading a year from an official CSV file, and setting or removing single days. A year not
 * loaded is counted on weekends alone, so a missing one is listed loudly.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private CalendarService calendarService;

    @Inject
    private CentreTime centreTime;

    private List<CalendarYear> years;
    private int year;
    private List<CalendarDay> days;
    private Integer uploadYear;
    private transient UploadedFile file;
    private LocalDate dayDate;
    private CalendarEntry.Kind dayKind = CalendarEntry.Kind.HOLIDAY;
    private String dayName;

    @PostConstruct
    void load() {
        year = centreTime.today().getYear();
        uploadYear = year + 1;
        refresh();
    }

    public void showYear() {
        refresh();
    }

    public void upload() {
        if (file == null || file.getSize() == 0 || uploadYear == null) {
            Messages.error("calendar.file.required");
            return;
        }
        try {
            int stored = calendarService.loadYear(uploadYear, new String(file.getContent(), StandardCharsets.UTF_8),
                    file.getFileName());
            Messages.info("calendar.loaded", stored, String.valueOf(uploadYear));
        } catch (GovFlowException e) {
            Messages.error(e);
            return;
        }
        year = uploadYear;
        refresh();
    }

    public void saveDay() {
        if (dayDate == null) {
            Messages.error("calendar.day.dateRequired");
            return;
        }
        try {
            calendarService.setDay(dayDate, dayKind, dayName);
            Messages.info("calendar.daySaved", dayDate.toString());
        } catch (GovFlowException e) {
            Messages.error(e);
            return;
        }
        year = dayDate.getYear();
        dayName = null;
        refresh();
    }

    public void removeDay(LocalDate date) {
        try {
            calendarService.removeDay(date);
            Messages.info("calendar.dayRemoved", date.toString());
        } catch (GovFlowException e) {
            Messages.error(e);
        }
        refresh();
    }

    /** The short weekday of a date in the page's language. */
    public String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT,
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** Whether this year and the next are both loaded; if not, the page says which is missing. */
    public List<Integer> getMissingYears() {
        int thisYear = centreTime.today().getYear();
        return List.of(thisYear, thisYear + 1).stream()
                .filter(y -> years.stream().noneMatch(loaded -> loaded.getYear() == y))
                .toList();
    }

    private void refresh() {
        years = calendarService.listYears();
        days = calendarService.listDays(year);
    }

    public CalendarEntry.Kind[] getKinds() {
        return CalendarEntry.Kind.values();
    }

    public List<CalendarYear> getYears() {
        return years;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<CalendarDay> getDays() {
        return days;
    }

    public Integer getUploadYear() {
        return uploadYear;
    }

    public void setUploadYear(Integer uploadYear) {
        this.uploadYear = uploadYear;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public LocalDate getDayDate() {
        return dayDate;
    }

    public void setDayDate(LocalDate dayDate) {
        this.dayDate = dayDate;
    }

    public CalendarEntry.Kind getDayKind() {
        return dayKind;
    }

    public void setDayKind(CalendarEntry.Kind dayKind) {
        this.dayKind = dayKind;
    }

    public String getDayName() {
        return dayName;
    }

    public void setDayName(String dayName) {
        this.dayName = dayName;
    }
}
