package org.govflow.staff;

/**
 * The role names used in {@code @RolesAllowed}, web.xml and the staff_role table. The constants exist
 * because annotations need compile-time strings; {@link Role} is the typed form.
 */
public final class Roles {

    public static final String WINDOW_CLERK = "window_clerk";
    public static final String APPROVER = "approver";
    public static final String DEPARTMENT_HEAD = "department_head";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMINISTRATOR = "administrator";
    public static final String INTEROP_CLIENT = "interop_client";

    private Roles() {
    }
}
