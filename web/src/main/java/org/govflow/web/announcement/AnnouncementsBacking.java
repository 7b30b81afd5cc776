package org.govflow.web.announcement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.announcement.Announcement;
import org.govflow.announcement.AnnouncementFilter;
import org.govflow.announcement.AnnouncementService;
import org.govflow.catalog.CatalogService;
import org.govflow.catalog.Department;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The public list of published decisions (announcements.xhtml), newest first, searched by item, department,
 * applicant and decision dates; the database does the matching and the paging.
 */
@Named
@ViewScoped
public class AnnouncementsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private AnnouncementService announcementService;

    @Inject
    private CatalogService catalogService;

    private String item;
    private String department;
    private String applicant;
    private LocalDate from;
    private LocalDate to;
    private List<Department> departments;

    private final LazyDataModel<Announcement> announcements = new LazyDataModel<>() {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, announcementService.count(filter()));
        }

        @Override
        public List<Announcement> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
            return announcementService.search(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(Announcement announcement) {
            return String.valueOf(announcement.getId());
        }

        @Override
        public Announcement getRowData(String rowKey) {
            return null;
        }
    };

    @PostConstruct
    void load() {
        departments = catalogService.listDepartments().stream().filter(Department::isActive).toList();
    }

    /** Runs the search from its first page. */
    public void search() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot()
                .findComponent("searchForm:results");
        if (table != null) {
            table.setFirst(0);
        }
    }

    private AnnouncementFilter filter() {
        return new AnnouncementFilter(item, department, applicant, from, to);
    }

    public LazyDataModel<Announcement> getAnnouncements() {
        return announcements;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getApplicant() {
        return applicant;
    }

    public void setApplicant(String applicant) {
        this.applicant = applicant;
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
