package org.govflow.casework;

import org.govflow.platform.GovFlowException;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the window records when it issues a decision: the decision document or certificate number, the fee
 * charged with its receipt number (0 and no receipt for free items), and the day the applicant collected it.
 *
 * @param documentNumber the decision document or certificate number
 * @param feeAmount the fee charged, in yuan; 0 for a free item
 * @param feeReceiptNumber the fee receipt's number, required when a fee was charged
 * @param collectedOn the centre day the applicant collected the document
 */
public record Issuance(String documentNumber, BigDecimal feeAmount, String feeReceiptNumber,
                       LocalDate collectedOn) {

    private static final int MAX_NUMBER = 60;

    public Issuance {
        documentNumber = strip(documentNumber);
        feeReceiptNumber = strip(feeReceiptNumber);
    }

    /** Refuses an issuance that does not fit the case. */
    void check(boolean chargeable, LocalDate acceptedOn, LocalDate today) {
        if (documentNumber == null || documentNumber.length() > MAX_NUMBER) {
            throw new GovFlowException("case.issue.documentRequired", MAX_NUMBER);
        }
        if (feeAmount == null || feeAmount.signum() < 0 || feeAmount.scale() > 2) {
            throw new GovFlowException("case.issue.feeInvalid");
        }
        if (!chargeable && feeAmount.signum() != 0) {
            throw new GovFlowException("case.issue.feeNotCharged");
        }
        if (feeAmount.signum() > 0 && (feeReceiptNumber == null || feeReceiptNumber.length() > MAX_NUMBER)) {
            throw new GovFlowException("case.issue.receiptRequired", MAX_NUMBER);
        }
        if (collectedOn == null || collectedOn.isBefore(acceptedOn) || collectedOn.isAfter(today)) {
            throw new GovFlowException("case.issue.collectedOnInvalid", String.valueOf(acceptedOn),
                    String.valueOf(today));
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
