package org.govflow.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.govflow.staff.Role;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

import java.util.Arrays;
import java.util.List;

/**
 * The navigation bar: public pages for everyone, and for signed-in staff only the screens their roles
 * may open.
 */
@Named
@RequestScoped
public class Navigation {

    private MenuModel menu;

    public MenuModel getMenu() {
        if (menu == null) {
            menu = buildMenu();
        }
        return menu;
    }

    /** The signed-in user's roles in the page's language. */
    public List<String> getRoleLabels() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return Arrays.stream(Role.values())
                .filter(role -> external.isUserInRole(role.roleName()))
                .map(role -> Messages.text("role." + role.name()))
                .toList();
    }

    private MenuModel buildMenu() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        DefaultMenuModel model = new DefaultMenuModel();

        model.getElements().add(item("nav-home", "nav.home", "/index.xhtml", "pi pi-home"));
        model.getElements().add(DefaultSubMenu.builder()
                .id("nav-catalog")
                .label(Messages.text("nav.catalog"))
                .icon("pi pi-book")
                .addElement(item("nav-catalog-items", "nav.catalog.items", "/catalog/items.xhtml", "pi pi-search"))
                .addElement(item("nav-catalog-departments", "nav.catalog.departments", "/catalog/departments.xhtml",
                        "pi pi-building"))
                .build());
        model.getElements().add(item("nav-complaint", "nav.complaint", "/complaint/file-complaint.xhtml",
                "pi pi-comment"));
        model.getElements().add(item("nav-query", "nav.query", "/query.xhtml", "pi pi-search"));
        model.getElements().add(item("nav-announcements", "nav.announcements", "/announcements.xhtml",
                "pi pi-megaphone"));
        model.getElements().add(item("nav-statistics", "nav.statistics", "/statistics.xhtml", "pi pi-chart-bar"));

        if (external.getRemoteUser() != null) {
            model.getElements().add(item("nav-workbench", "nav.workbench", "/staff/home.xhtml", "pi pi-briefcase"));
        }
        if (external.isUserInRole(Role.SUPERVISOR.roleName()) || external.isUserInRole(Role.ADMINISTRATOR.roleName())
                || external.isUserInRole(Role.DEPARTMENT_HEAD.roleName())) {
            model.getElements().add(item("nav-complaints", "nav.complaints", "/staff/complaints/complaints.xhtml",
                    "pi pi-inbox"));
        }
        if (external.isUserInRole(Role.WINDOW_CLERK.roleName())) {
            model.getElements().add(item("nav-window-accept", "nav.window.accept", "/staff/window/accept.xhtml",
                    "pi pi-id-card"));
            model.getElements().add(item("nav-window-queue", "nav.window.queue", "/staff/window/queue.xhtml",
                    "pi pi-inbox"));
            model.getElements().add(item("nav-window-issue", "nav.window.issue", "/staff/window/issue.xhtml",
                    "pi pi-send"));
        }
        if (external.isUserInRole(Role.APPROVER.roleName())
                || external.isUserInRole(Role.DEPARTMENT_HEAD.roleName())) {
            model.getElements().add(item("nav-approval-inbox", "nav.approval.inbox", "/staff/approval/inbox.xhtml",
                    "pi pi-check-square"));
        }
        if (external.isUserInRole(Role.SUPERVISOR.roleName()) || external.isUserInRole(Role.ADMINISTRATOR.roleName())) {
            model.getElements().add(item("nav-rectifications", "nav.rectifications",
                    "/staff/supervision/rectifications.xhtml", "pi pi-flag"));
        }
        if (external.isUserInRole(Role.SUPERVISOR.roleName())
                || external.isUserInRole(Role.DEPARTMENT_HEAD.roleName())) {
            model.getElements().add(DefaultSubMenu.builder()
                    .id("nav-supervision")
                    .label(Messages.text("nav.supervision"))
                    .icon("pi pi-eye")
                    .addElement(item("nav-supervision-dashboard", "nav.supervision.dashboard",
                            "/staff/supervision/dashboard.xhtml", "pi pi-chart-line"))
                    .addElement(item("nav-supervision-reports", "nav.supervision.reports",
                            "/staff/supervision/reports.xhtml", "pi pi-table"))
                    .build());
        }
        if (external.isUserInRole(Role.ADMINISTRATOR.roleName())) {
            model.getElements().add(DefaultSubMenu.builder()
                    .id("nav-admin")
                    .label(Messages.text("nav.admin"))
                    .icon("pi pi-cog")
                    .addElement(item("nav-admin-staff", "nav.admin.staff", "/admin/staff.xhtml", "pi pi-users"))
                    .addElement(item("nav-admin-audit", "nav.admin.audit", "/admin/audit.xhtml", "pi pi-list"))
                    .addElement(item("nav-admin-catalog", "nav.admin.catalog", "/admin/catalog.xhtml", "pi pi-book"))
                    .addElement(item("nav-admin-calendar", "nav.admin.calendar", "/admin/calendar.xhtml",
                            "pi pi-calendar"))
                    .build());
        }
        return model;
    }

    private static DefaultMenuItem item(String id, String key, String url, String icon) {
        return DefaultMenuItem.builder()
                .id(id)
                .value(Messages.text(key))
                .url(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + url)
                .icon(icon)
                .build();
    }
}
