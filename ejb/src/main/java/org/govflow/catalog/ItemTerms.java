package org.govflow.catalog;

import java.util.Objects;

/**
 * What an item version says apart from its materials and steps.
 *
 * @param legalDays    the statutory time limit in working days
 * @param promisedDays the centre's promised time limit in working days, 1 to legalDays
 * @param feeBasis     the document that sets the fee; null or blank when the item is free
 */
public record ItemTerms(String name, ItemKind kind, String legalBasis, String conditions, int legalDays,
                        int promisedDays, String feeStandard, String feeBasis, String phone,
                        boolean publishDecisions) {

    public ItemTerms {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(feeStandard, "feeStandard");
    }
}
