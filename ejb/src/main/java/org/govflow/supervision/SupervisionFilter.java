package org.govflow.supervision;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a supervisor narrows the dashboard to: a department, an item, and the centre days within which the
 * cases were accepted. Any part may be null for "all"; a department head's view is always their department.
 *
 * @param departmentCode the department of the cases and steps
 * @param itemCode the item applied for
 * @param from the first day of acceptance
 * @param to the last day of acceptance
 */
public record SupervisionFilter(String departmentCode, String itemCode, LocalDate from, LocalDate to)
        implements Serializable {

    public static final SupervisionFilter ALL = new SupervisionFilter(null, null, null, null);

    SupervisionFilter forDepartment(String code) {
        return new SupervisionFilter(code, itemCode, from, to);
    }
}
