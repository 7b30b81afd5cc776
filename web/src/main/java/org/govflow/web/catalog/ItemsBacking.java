package org.govflow.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.catalog.CatalogService;
import org.govflow.catalog.Department;
import org.govflow.catalog.Item;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The public item search: part of a Chinese name or a code, optionally one department, a page at a time.
 * The database does the matching and the paging; a link may preset both (?q=...&amp;department=SCJ).
 */
@Named
@ViewScoped
public class ItemsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogService catalogService;

    private String q;
    private String department;
    private List<Department> departments;

    private final LazyDataModel<Item> items = new LazyDataModel<>() {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, catalogService.countSearch(q, department));
        }

        @Override
        public List<Item> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                               Map<String, FilterMeta> filterBy) {
            return catalogService.search(q, department, first, pageSize);
        }

        @Override
        public String getRowKey(Item item) {
            return item.getCode();
        }

        @Override
        public Item getRowData(String rowKey) {
            return null;
        }
    };

    @PostConstruct
    void load() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        q = parameters.get("q");
        department = parameters.get("department");
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

    public LazyDataModel<Item> getItems() {
        return items;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }
}
