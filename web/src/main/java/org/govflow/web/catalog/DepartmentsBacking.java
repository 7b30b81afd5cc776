package org.govflow.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.catalog.CatalogService;
import org.govflow.catalog.Department;

import java.util.List;
import java.util.Map;

/** The public list of departments in the centre, each with how many items it handles. */
@Named
@RequestScoped
public class DepartmentsBacking {

    @Inject
    private CatalogService catalogService;

    private List<Department> departments;
    private Map<String, Long> counts;

    @PostConstruct
    void load() {
        departments = catalogService.listDepartments().stream().filter(Department::isActive).toList();
        counts = catalogService.countItemsByDepartment();
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public long count(String departmentCode) {
        return counts.getOrDefault(departmentCode, 0L);
    }

    public long getTotal() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
