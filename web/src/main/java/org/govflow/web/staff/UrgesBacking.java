package org.govflow.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.staff.Roles;
import org.govflow.supervision.SupervisionService;
import org.govflow.supervision.Urge;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The urges (督办) sent to the signed-in approver's department, newest first, shown on the workbench
 * (staff/home.xhtml) through an include the approval pages can reuse.
 */
@Named
@ViewScoped
public class UrgesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private SupervisionService supervision;

    private List<Urge> urges = List.of();

    @PostConstruct
    public void init() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.isUserInRole(Roles.APPROVER) || external.isUserInRole(Roles.DEPARTMENT_HEAD)) {
            urges = supervision.listUrgesToMyDepartment();
        }
    }

    public boolean isShown() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.APPROVER) || external.isUserInRole(Roles.DEPARTMENT_HEAD);
    }

    public List<Urge> getUrges() {
        return urges;
    }
}
