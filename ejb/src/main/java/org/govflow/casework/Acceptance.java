package org.govflow.casework;

import java.io.Serializable;

/**
 * The result of an acceptance: the receipt, and the query password in clear, which exists only here; the
 * case keeps only its hash, so it must be shown (and printed) now or never.
 */
public record Acceptance(Receipt receipt, String queryPassword) implements Serializable {

    @Override
    public String toString() {
        return "Acceptance[" + receipt.acceptanceNumber() + "]";
    }
}
