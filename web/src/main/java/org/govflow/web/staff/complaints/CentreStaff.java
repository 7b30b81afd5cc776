package org.govflow.web.staff.complaints;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.govflow.staff.Role;

/** Whether the signed-in user is centre staff: a supervisor or an administrator. */
final class CentreStaff {

    private CentreStaff() {
    }

    static boolean isSignedIn() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Role.SUPERVISOR.roleName())
                || external.isUserInRole(Role.ADMINISTRATOR.roleName());
    }
}
