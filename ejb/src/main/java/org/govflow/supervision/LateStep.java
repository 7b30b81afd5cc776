package org.govflow.supervision;

import org.govflow.deadline.DeadlineState;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A running step that is warned or overdue, as the dashboard lists it.
 *
 * @param daysOver working days past the due day (0 while only warned)
 */
public record LateStep(long caseId, String acceptanceNumber, String itemName, long stepId, int seq,
                       String stepName, String departmentCode, String departmentName, String post, String person,
                       DeadlineState state, LocalDate dueDate, int daysOver) implements Serializable {
}
