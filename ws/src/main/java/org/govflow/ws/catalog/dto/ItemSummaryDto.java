package org.govflow.ws.catalog.dto;

/**
 * An item as listed: what identifies it and its time limits.
 *
 * @param kind        LICENCE, OTHER_APPROVAL or PUBLIC_SERVICE
 * @param revision    the number of the current version; it grows with every published change
 * @param publishedAt when the current version was published, ISO 8601 in UTC
 */
public record ItemSummaryDto(String code, String name, String kind, String departmentCode, String departmentName,
                             int revision, String publishedAt, int legalDays, int promisedDays) {
}
