package org.govflow.casework;

/**
 * Fired synchronously when the window issues a case's decision and closes it, inside the closing
 * transaction, so that what observers write (the published decision) is stored with the closing or not at all.
 *
 * @param closed the case just closed, with its decision, document number and item version
 */
public record CaseClosed(Case closed) {
}
