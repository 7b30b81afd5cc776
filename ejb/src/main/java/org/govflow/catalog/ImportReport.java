package org.govflow.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The answer to an import: either what was written, or every fault found, in which case nothing was.
 *
 * @param summary what the import wrote; empty when it was refused
 */
public record ImportReport(Optional<ImportSummary> summary, List<ImportError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean imported() {
        return summary.isPresent();
    }
}
