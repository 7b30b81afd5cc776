package org.govflow.supervision;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The efficiency of the departments (and of the people who acted on their steps) over a period of centre
 * days, as far as the caller may see.
 *
 * @param departments one row per department with anything in the period
 * @param people one row per member of staff who acted in the period, by username
 */
public record EfficiencyReport(LocalDate from, LocalDate to, String departmentCode, List<EfficiencyRow> departments,
                               List<EfficiencyRow> people) implements Serializable {
}
