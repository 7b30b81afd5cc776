package org.govflow.ws.casework.dto;

import java.util.List;

/**
 * Where a case stands, and what happened to it so far. Instants are UTC (ISO 8601), dates YYYY-MM-DD;
 * nothing is said about the applicant or about who on the staff acted.
 *
 * @param state    SUBMITTED, DECLINED, CORRECTION, IN_PROGRESS, SUSPENDED, TO_ISSUE or CLOSED
 * @param decision APPROVED or REFUSED once decided, else null
 * @param timeline every action on the case's steps, in the order taken
 */
public record CaseStatusDto(String trackingReference, String acceptanceNumber, String itemCode, String itemName,
                            String departmentCode, String state, String decision, String receivedAt,
                            String acceptedAt, String promisedDueDate, String legalDueDate, String issuedAt,
                            String documentNumber, List<CaseStepDto> steps, List<TimelineEventDto> timeline) {
}
