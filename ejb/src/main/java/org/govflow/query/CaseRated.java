package org.govflow.query;

/**
 * Fired synchronously inside the rating's transaction when an applicant rates a closed case, so that
 * supervision can open its rectification item together with the rating.
 *
 * @param rating the stored rating
 * @param acceptanceNumber the rated case's acceptance number
 */
public record CaseRated(CaseRating rating, String acceptanceNumber) {
}
