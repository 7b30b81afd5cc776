package org.govflow.announcement;

/**
 * A published decision as other government systems synchronise it: the announcement, and the acceptance
 * number of its case, by which those systems know the case.
 */
public record PublishedDecision(Announcement announcement, String acceptanceNumber) {
}
