package org.govflow.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.govflow.staff.SignInCheck;
import org.govflow.staff.StaffService;
import org.govflow.web.Messages;

import java.util.Locale;
import java.util.logging.Logger;

/**
 * Signs staff in and out. The password is checked by the Elytron realm through
 * {@link HttpServletRequest#login}; this bean answers every refusal alike and keeps the failure count
 * that locks an account.
 */
@Named
@RequestScoped
public class LoginBacking {

    private static final Logger LOG = Logger.getLogger(LoginBacking.class.getName());

    @Inject
    private StaffService staffService;

    private String username;
    private String password;

    public String signIn() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String account = username.strip().toLowerCase(Locale.ROOT);

        // One answer for every refusal (unknown name, wrong password, disabled, locked), so that the sign-in
        // page does not tell a stranger which names are staff accounts or which of them are locked
        SignInCheck check = staffService.checkSignIn(account);
        if (check.status() == SignInCheck.Status.DISABLED || check.status() == SignInCheck.Status.LOCKED) {
            LOG.fine(() -> "Sign-in refused before the realm: account " + check.status());
            Messages.error("login.failed");
            return null;
        }

        try {
            if (request.getRemoteUser() != null) {
                request.logout();
            }
            request.login(account, password);
        } catch (ServletException e) {
            LOG.fine(() -> "Sign-in rejected by the realm for account " + account);
            staffService.recordFailedSignIn(account);
            Messages.error("login.failed");
            return null;
        }

        staffService.recordSignIn();
        return "/staff/home.xhtml?faces-redirect=true";
    }

    public String signOut() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getRemoteUser() != null) {
            staffService.recordSignOut();
        }

        request.logout();
        external.invalidateSession();
        return "/index.xhtml?faces-redirect=true";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
