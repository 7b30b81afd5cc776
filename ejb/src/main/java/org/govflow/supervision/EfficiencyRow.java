package org.govflow.supervision;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of an efficiency report over a period, for a department or for a member of staff.
 * For a department, accepted and completed count its cases accepted and issued in the period, overdue
 * those issued after their promised due day, the on-time rate and average working days are over its
 * completed cases, and the fees are theirs. For a person, accepted counts their acceptances, completed their
 * concluding actions (pass or refusal) on steps, overdue those on steps that had a yellow card, the on-time
 * rate is early and on-time actions over completed, the average is the working days those steps used, the
 * cards are those of the steps they concluded, and the fees those of the cases they issued.
 * Early, on time and late always count concluding actions on steps.
 *
 * @param key the department code or the username
 * @param onTimeRate percent with one decimal, or null when nothing was completed
 * @param averageWorkingDays with two decimals, or null when nothing was completed
 */
public record EfficiencyRow(String key, String name, long accepted, long completed, long early, long onTime,
                            long late, long overdue, BigDecimal onTimeRate, BigDecimal averageWorkingDays,
                            long yellowCards, long redCards, BigDecimal fees) implements Serializable {
}
