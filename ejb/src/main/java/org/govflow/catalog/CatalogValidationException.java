package org.govflow.catalog;

import org.govflow.platform.GovFlowException;

import java.io.Serial;
import java.util.List;

/** A draft (or a catalogue) broke the catalogue's rules; it carries every fault found, not just the first. */
public class CatalogValidationException extends GovFlowException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<ImportError> errors;

    public CatalogValidationException(List<ImportError> errors) {
        super("catalog.invalid", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> getErrors() {
        return errors;
    }
}
