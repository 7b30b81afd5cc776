package org.govflow.web.staff.supervision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.catalog.Department;
import org.govflow.platform.GovFlowException;
import org.govflow.supervision.Dashboard;
import org.govflow.supervision.SupervisionFilter;
import org.govflow.supervision.SupervisionService;
import org.govflow.web.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The supervision dashboard (staff/supervision/dashboard.xhtml): case counts overall and per department and
 * the warned and overdue steps, refreshed by a poll; filtered by department, item and acceptance period.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private SupervisionService supervision;

    private String departmentCode;
    private String itemCode;
    private LocalDate from;
    private LocalDate to;
    private List<Department> departments;
    private Dashboard dashboard;

    /** Loads the page in its view action, where a service's refusal reaches the 403 page. */
    public void load() {
        departments = supervision.listDepartments();
        refresh();
    }

    /** Reads the dashboard again with the current filter; what was typed stays on a refusal. */
    public void refresh() {
        if (from != null && to != null && from.isAfter(to)) {
            Messages.error("supervision.period.invalid");
            return;
        }
        try {
            dashboard = supervision.dashboard(new SupervisionFilter(blankToNull(departmentCode),
                    blankToNull(itemCode), from, to));
        } catch (GovFlowException e) {
            Messages.error(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
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
}
