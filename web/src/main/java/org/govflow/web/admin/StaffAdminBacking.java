package org.govflow.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govflow.catalog.CatalogService;
import org.govflow.catalog.Department;
import org.govflow.platform.GovFlowException;
import org.govflow.staff.Role;
import org.govflow.staff.Staff;
import org.govflow.staff.StaffDetails;
import org.govflow.staff.StaffService;
import org.govflow.web.Messages;
import org.primefaces.PrimeFaces;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The administrator's staff screen: create accounts, assign department and roles, disable and enable
 * them, reset passwords. What the form holds survives a refused save, so nothing typed is lost.
 */
@Named
@ViewScoped
public class StaffAdminBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private StaffService staffService;

    @Inject
    private CatalogService catalogService;

    private List<Staff> staff;
    private List<Department> departments;
    private StaffForm form = new StaffForm();
    private boolean creating;
    private String resetUsername;
    private String newPassword;

    @PostConstruct
    void load() {
        staff = staffService.listAll();
        departments = catalogService.listDepartments();
    }

    public void startNew() {
        form = new StaffForm();
        creating = true;
    }

    public void startEdit(Staff account) {
        form = StaffForm.of(account);
        creating = false;
    }

    public void save() {
        try {
            if (creating) {
                staffService.create(form.toDetails(), form.getPassword().toCharArray());
                Messages.info("staffAdmin.created", form.getUsername());
            } else {
                staffService.update(form.toDetails());
                Messages.info("staffAdmin.updated", form.getUsername());
            }
        } catch (GovFlowException e) {
            Messages.error(e);
            return;
        }
        form.setPassword(null);
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        staff = staffService.listAll();
    }

    public void disable(String username) {
        try {
            staffService.disable(username);
            Messages.info("staffAdmin.disabled", username);
        } catch (GovFlowException e) {
            Messages.error(e);
        }
        staff = staffService.listAll();
    }

    public void enable(String username) {
        staffService.enable(username);
        Messages.info("staffAdmin.enabled", username);
        staff = staffService.listAll();
    }

    public void startReset(String username) {
        resetUsername = username;
        newPassword = null;
    }

    public void resetPassword() {
        try {
            staffService.resetPassword(resetUsername, newPassword.toCharArray());
        } catch (GovFlowException e) {
            Messages.error(e);
            return;
        }
        newPassword = null;
        Messages.info("staffAdmin.passwordReset", resetUsername);
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        staff = staffService.listAll();
    }

    public String roleLabels(Staff account) {
        return account.getRoles().stream()
                .sorted()
                .map(role -> Messages.text("role." + role.name()))
                .collect(Collectors.joining(Messages.text("punct.list")));
    }

    public String statusLabel(Staff account) {
        if (!account.isEnabled()) {
            return Messages.text("staff.status.disabled");
        }
        return account.getLockedUntil() != null && account.getLockedUntil().toInstant().isAfter(Instant.now())
                ? Messages.text("staff.status.locked") : Messages.text("staff.status.active");
    }

    public List<Role> getAllRoles() {
        return Arrays.asList(Role.values());
    }

    public List<Staff> getStaff() {
        return staff;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public StaffForm getForm() {
        return form;
    }

    public boolean isCreating() {
        return creating;
    }

    public String getResetUsername() {
        return resetUsername;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    /** The fields of the account dialog. */
    public static class StaffForm implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private String username;
        private String fullName;
        private String email;
        private String phone;
        private String departmentCode;
        private String post;
        // an array, so Faces knows to convert each checked value to a Role
        private Role[] roles = new Role[0];
        private String password;

        static StaffForm of(Staff account) {
            StaffForm form = new StaffForm();
            form.username = account.getUsername();
            form.fullName = account.getFullName();
            form.email = account.getEmail();
            form.phone = account.getPhone();
            form.departmentCode = account.getDepartment() == null ? null : account.getDepartment().getCode();
            form.post = account.getPost();
            form.roles = account.getRoles().toArray(new Role[0]);
            return form;
        }

        StaffDetails toDetails() {
            return new StaffDetails(username.strip().toLowerCase(Locale.ROOT), fullName.strip(), email,
                    phone, departmentCode, post, roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles)));
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getDepartmentCode() {
            return departmentCode;
        }

        public void setDepartmentCode(String departmentCode) {
            this.departmentCode = departmentCode;
        }

        public String getPost() {
            return post;
        }

        public void setPost(String post) {
            this.post = post;
        }

        public Role[] getRoles() {
            return roles;
        }

        public void setRoles(Role[] roles) {
            this.roles = roles;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }
}
