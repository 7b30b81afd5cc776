package org.govflow.ws.casework.dto;

/**
 * One step of a case's flow.
 *
 * @param state PENDING, RUNNING, SUSPENDED, DONE or CANCELLED
 */
public record CaseStepDto(int seq, String name, String kind, String departmentCode, String departmentName,
                          String state, String startedAt, String completedAt, String dueDate) {
}
