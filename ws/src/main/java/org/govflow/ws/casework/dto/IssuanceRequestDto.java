package org.govflow.ws.casework.dto;

import java.math.BigDecimal;

/**
 * What the window records when it issues a decision.
 *
 * @param feeAmount        yuan; absent means 0 (free items)
 * @param feeReceiptNumber required when a fee was charged
 * @param collectedOn      YYYY-MM-DD; absent means today at the centre
 * @param version          the case version the clerk saw; absent means the current one
 */
public record IssuanceRequestDto(String documentNumber, BigDecimal feeAmount, String feeReceiptNumber,
                                 String collectedOn, Long version) {
}
