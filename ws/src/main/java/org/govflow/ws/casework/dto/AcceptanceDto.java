package org.govflow.ws.casework.dto;

import java.util.List;

/**
 * An accepted application. The query password is in clear here and nowhere else, ever: hand it to the
 * applicant now.
 */
public record AcceptanceDto(String acceptanceNumber, String queryPassword, String acceptedAt,
                            String promisedDueDate, String legalDueDate, boolean pendingCorrection,
                            List<String> missingMaterials, String queryUrl) {
}
