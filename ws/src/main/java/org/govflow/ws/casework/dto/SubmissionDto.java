package org.govflow.ws.casework.dto;

/**
 * A submitted application waiting in the window's queue.
 *
 * @param trackingReference the reference to follow it by until it has an acceptance number (SQ...)
 */
public record SubmissionDto(String trackingReference, String itemCode, String state) {
}
