package org.govflow.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.govflow.platform.Settings;
import org.govflow.staff.SignInCheck;
import org.govflow.staff.StaffService;
import org.govflow.web.Messages;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Signs staff in and out. The password is checked by the Elytron realm through
 * {@link HttpServletRequest#login}; this bean only says why a sign-in failed and keeps the failure count
 * that locks an account.
 */
@Named
@RequestScoped
public class LoginBacking {

    private static final Logger LOG = Logger.getLogger(LoginBacking.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    private StaffService staffService;

    @Inject
    private Settings settings;

    private String username;
    private String password;

    public String signIn() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String account = username.strip().toLowerCase(Locale.ROOT);

        SignInCheck check = staffService.checkSignIn(account);
        switch (check.status()) {
            case DISABLED -> {
                Messages.error("login.disabled");
                return null;
            }
            case LOCKED -> {
                Messages.error("login.locked", lockEnd(check));
                return null;
            }
            default -> {
                // READY or UNKNOWN: the realm decides, and both answer alike on failure
            }
        }

        try {
            if (request.getRemoteUser() != null) {
                request.logout();
            }
            request.login(account, password);
        } catch (ServletException e) {
            LOG.fine(() -> "Sign-in rejected by the realm for account " + account);
            SignInCheck after = staffService.recordFailedSignIn(account);
            if (after.status() == SignInCheck.Status.LOCKED) {
                Messages.error("login.lockedNow", lockEnd(after));
            } else {
                Messages.error("login.failed");
            }
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

    private String lockEnd(SignInCheck check) {
        return check.lockedUntil().atZoneSameInstant(settings.zone()).format(TIME);
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
