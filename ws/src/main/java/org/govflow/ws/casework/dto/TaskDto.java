package org.govflow.ws.casework.dto;

/**
 * An open step of the approver's department.
 *
 * @param stepId  what the step's actions are addressed by
 * @param version the step's version, to send with an action so that a stale view is refused
 * @param kind    REVIEW or DECISION (a decision is the department head's)
 * @param state   RUNNING or SUSPENDED
 */
public record TaskDto(long stepId, long version, String acceptanceNumber, String itemCode, String itemName, int seq,
                      String name, String kind, String state, String startedAt, String dueDate) {
}
