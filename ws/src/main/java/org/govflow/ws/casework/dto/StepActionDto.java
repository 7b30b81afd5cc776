package org.govflow.ws.casework.dto;

/**
 * An approver's action on a step.
 *
 * @param opinion   the opinion (pass) or the reason (reject, return)
 * @param targetSeq the earlier step to return to (return only)
 * @param version   the step version the approver saw; absent means the current one
 */
public record StepActionDto(String opinion, Integer targetSeq, Long version) {
}
