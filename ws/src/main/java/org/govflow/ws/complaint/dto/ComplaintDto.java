package org.govflow.ws.complaint.dto;

/**
 * Where a complaint stands. Neither the complaint's text nor the complainant is sent: the list is for
 * following the handling, and the full complaint stays on the supervisors' screens.
 *
 * @param status           RECEIVED, ASSIGNED, ANSWERED or CLOSED
 * @param handlerKind      DEPARTMENT or DISCIPLINE_OFFICE once assigned
 * @param overdue          assigned, unanswered and past its due date today
 */
public record ComplaintDto(String number, String channel, String category, String targetKind,
                           String targetDepartmentCode, String status, String receivedAt, String handlerKind,
                           String handlerDepartmentCode, String dueDate, String answeredAt, String closedAt,
                           boolean overdue) {
}
