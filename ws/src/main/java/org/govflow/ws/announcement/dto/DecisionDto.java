package org.govflow.ws.announcement.dto;

/**
 * A published decision, as the public announcement shows it, with the case's acceptance number.
 *
 * @param applicantName masked as published (张*明)
 * @param decision      APPROVED or REFUSED
 * @param publishedAt   when GovFlow published it, UTC; the next sync asks for decisions after the last one
 */
public record DecisionDto(String acceptanceNumber, String itemCode, String itemName, String departmentCode,
                          String departmentName, String applicantName, String decision, String decidedOn,
                          String documentNumber, String publishedAt) {
}
