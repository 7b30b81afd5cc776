package org.govflow.ws.catalog.dto;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * One step of an item's flow.
 *
 * @param kind          ACCEPT, REVIEW, DECISION or ISSUE
 * @param limitDays     the step's limit in working days
 * @param excluded      true when the step's time does not count against the legal limit
 * @param parallelGroup steps sharing a group run at the same time (joint handling); null for a step alone
 */
@JsonbNillable
public record FlowStepDto(int seq, String name, String kind, String departmentCode, String departmentName,
                          String post, String person, int limitDays, boolean excluded, String parallelGroup) {
}
