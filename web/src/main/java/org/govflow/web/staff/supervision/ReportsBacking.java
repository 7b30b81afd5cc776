package org.govflow.web.staff.supervision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.catalog.Department;
import org.govflow.platform.GovFlowException;
import org.govflow.platform.Settings;
import org.govflow.supervision.CardRanking;
import org.govflow.supervision.EfficiencyReport;
import org.govflow.supervision.SupervisionService;
import org.govflow.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Efficiency reports (staff/supervision/reports.xhtml): per department and per person over a period, with
 * the Excel export, and the month's ranking by cards. The period starts as the current month.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private SupervisionService supervision;

    @Inject
    private Settings settings;

    private LocalDate from;
    private LocalDate to;
    private String departmentCode;
    private List<Department> departments;
    private EfficiencyReport report;
    private List<CardRanking> ranking = List.of();

    /** Loads the page in its view action, where a service's refusal reaches the 403 page. */
    public void load() {
        YearMonth month = YearMonth.now(settings.clock());
        from = month.atDay(1);
        to = month.atEndOfMonth();
        departments = supervision.listDepartments();
        show();
    }

    /** Works out the report and the ranking of the month the period starts in. */
    public void show() {
        try {
            report = supervision.report(from, to, blankToNull(departmentCode));
            ranking = supervision.rankByCards(YearMonth.from(from));
        } catch (GovFlowException e) {
            Messages.error(e);
        }
    }

    public StreamedContent getExcel() {
        LocalDate start = from;
        LocalDate end = to;
        String department = blankToNull(departmentCode);
        return DefaultStreamedContent.builder()
                .name(Messages.text("supervision.reports.fileName") + "-" + start + "-" + end + ".xlsx")
                .contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(supervision.exportExcel(start, end, department)))
                .build();
    }

    public StreamedContent getPdf() {
        LocalDate start = from;
        LocalDate end = to;
        String department = blankToNull(departmentCode);
        return DefaultStreamedContent.builder()
                .name(Messages.text("supervision.reports.fileName") + "-" + start + "-" + end + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(supervision.exportPdf(start, end, department)))
                .build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public EfficiencyReport getReport() {
        return report;
    }

    public List<CardRanking> getRanking() {
        return ranking;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }
}
