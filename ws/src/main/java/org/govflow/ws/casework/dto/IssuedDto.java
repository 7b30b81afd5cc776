package org.govflow.ws.casework.dto;

/**
 * A case issued and closed.
 *
 * @param workingDaysUsed working days used against the limits, net of suspensions and excluded steps
 */
public record IssuedDto(String acceptanceNumber, String state, String decision, String documentNumber,
                        String issuedAt, Integer workingDaysUsed) {
}
