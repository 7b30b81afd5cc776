package org.govflow.staff;

import java.util.Objects;
import java.util.Set;

/**
 * What an administrator enters about an account, apart from its password.
 *
 * @param departmentCode the department's code, or null for centre-wide staff
 */
public record StaffDetails(String username, String fullName, String email, String phone,
                           String departmentCode, String post, Set<Role> roles) {

    public StaffDetails {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(fullName, "fullName");
        roles = Set.copyOf(roles);
    }
}
