package org.govflow.catalog;

import java.util.Objects;

/**
 * What an item version says apart from its materials and steps.
 *
 * @param legalDays    the statutory time limit in working days
 * @param promisedDays the centre's promised time limit in working days, 1 to legalDays
 * @param feeBasis     the document that sets the fee; null or blank when the item is free
 * @param extensionCap the working days the item's own law allows a case to be extended by in all; null
 *                     when it says nothing, and the general cap applies
 */
public record ItemTerms(String name, ItemKind kind, String legalBasis, String conditions, int legalDays,
                        int promisedDays, String feeStandard, String feeBasis, String phone,
                        boolean publishDecisions, Integer extensionCap) {

    /** Terms of an item whose law sets no extension cap of its own. */
    public ItemTerms(String name, ItemKind kind, String legalBasis, String conditions, int legalDays,
                     int promisedDays, String feeStandard, String feeBasis, String phone, boolean publishDecisions) {
        this(name, kind, legalBasis, conditions, legalDays, promisedDays, feeStandard, feeBasis, phone,
                publishDecisions, null);
    }

    public ItemTerms {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(feeStandard, "feeStandard");
    }
}
