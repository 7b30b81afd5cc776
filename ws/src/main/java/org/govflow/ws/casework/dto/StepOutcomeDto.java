package org.govflow.ws.casework.dto;

/**
 * A step after an action, and where its case stands now.
 *
 * @param caseState the case's state after the action (TO_ISSUE once its last department step passed)
 */
public record StepOutcomeDto(long stepId, long version, String acceptanceNumber, int seq, String state,
                             String caseState) {
}
