package org.govflow.casework;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What an acceptance receipt (受理回执) says, apart from the query password, which only
 * {@link Acceptance} carries, once.
 *
 * @param queryUrl the public query address printed and encoded in the QR code
 * @param calendarMissingYears years counted on weekends alone for want of a calendar (flag them)
 * @param missingMaterials names of the mandatory materials still missing (pending correction)
 */
public record Receipt(long caseId, String acceptanceNumber, String itemCode, String itemName,
                      String applicantName, OffsetDateTime acceptedAt, LocalDate promisedDueDate,
                      LocalDate legalDueDate, String queryUrl, SortedSet<Integer> calendarMissingYears,
                      boolean pendingCorrection, List<String> missingMaterials) implements Serializable {

    public Receipt {
        calendarMissingYears = Collections.unmodifiableSortedSet(new TreeSet<>(calendarMissingYears));
        missingMaterials = List.copyOf(missingMaterials);
    }
}
