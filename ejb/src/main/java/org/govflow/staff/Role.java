package org.govflow.staff;

/** A staff role; {@link #roleName()} is what the security realm and {@code @RolesAllowed} see. */
public enum Role {

    WINDOW_CLERK(Roles.WINDOW_CLERK),
    APPROVER(Roles.APPROVER),
    DEPARTMENT_HEAD(Roles.DEPARTMENT_HEAD),
    SUPERVISOR(Roles.SUPERVISOR),
    ADMINISTRATOR(Roles.ADMINISTRATOR),
    INTEROP_CLIENT(Roles.INTEROP_CLIENT);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    public static Role ofRoleName(String roleName) {
        for (Role role : values()) {
            if (role.roleName.equals(roleName)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown role " + roleName);
    }
}
