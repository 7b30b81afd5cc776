package org.govflow.complaint;

import org.govflow.platform.GovFlowException;

import java.io.Serial;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A complaint was refused because fields are missing or malformed; each carries its own message key. */
public class InvalidComplaintException extends GovFlowException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public InvalidComplaintException(Map<String, String> problems) {
        super("complaint.invalid");
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** The message key of each invalid field, by the field's property name in {@link ComplaintDraft}. */
    public Map<String, String> getProblems() {
        return problems;
    }
}
