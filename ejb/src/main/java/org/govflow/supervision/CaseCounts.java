package org.govflow.supervision;

import java.io.Serializable;

/**
 * How many cases stand where, for the centre or one department. A case is counted as warned or overdue
 * when one of its running steps is.
 *
 * @param departmentCode the department, or null for the whole centre
 * @param departmentName its name, or null
 */
public record CaseCounts(String departmentCode, String departmentName, long running, long warned, long overdue,
                         long suspended, long closedToday) implements Serializable {
}
