package org.govflow.ws.catalog.dto;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * A material an applicant brings.
 *
 * @param form         ORIGINAL, COPY or ORIGINAL_AND_COPY
 * @param templateFile the file name of its blank form, if there is one
 */
@JsonbNillable
public record MaterialDto(int seq, String name, String form, int copies, boolean mandatory, String templateFile) {
}
