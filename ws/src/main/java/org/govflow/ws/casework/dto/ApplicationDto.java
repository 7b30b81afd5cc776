package org.govflow.ws.casework.dto;

/**
 * An application another system submits on an applicant's behalf.
 *
 * @param externalReference the submitting system's own number for it, up to 100 characters
 */
public record ApplicationDto(String itemCode, ApplicantDto applicant, String externalReference) {
}
