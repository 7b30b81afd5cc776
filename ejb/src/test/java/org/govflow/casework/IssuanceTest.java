package org.govflow.casework;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IssuanceTest {

    private static final LocalDate ACCEPTED = LocalDate.of(2026, 3, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void freeItemIssuesWithZeroFeeAndNoReceipt() {
        Issuance issuance = new Issuance(" 市监准字〔2026〕1号 ", BigDecimal.ZERO, " ", TODAY);

        assertThatCode(() -> issuance.check(false, ACCEPTED, TODAY)).doesNotThrowAnyException();
    }

    @Test
    void chargedFeeNeedsAReceiptAndAChargeableItem() {
        Issuance charged = new Issuance("证-1", new BigDecimal("120.00"), null, TODAY);

        assertThatThrownBy(() -> charged.check(true, ACCEPTED, TODAY)).hasMessage("case.issue.receiptRequired");
        assertThatThrownBy(() -> charged.check(false, ACCEPTED, TODAY)).hasMessage("case.issue.feeNotCharged");
        assertThatCode(() -> new Issuance("证-1", new BigDecimal("120.00"), "R-9", TODAY)
                .check(true, ACCEPTED, TODAY)).doesNotThrowAnyException();
    }

    @Test
    void documentNumberFeeAndCollectionDayAreChecked() {
        assertThatThrownBy(() -> new Issuance(" ", BigDecimal.ZERO, null, TODAY).check(false, ACCEPTED, TODAY))
                .hasMessage("case.issue.documentRequired");
        assertThatThrownBy(() -> new Issuance("证-1", new BigDecimal("-1"), null, TODAY)
                .check(false, ACCEPTED, TODAY)).hasMessage("case.issue.feeInvalid");
        assertThatThrownBy(() -> new Issuance("证-1", BigDecimal.ZERO, null, TODAY.plusDays(1))
                .check(false, ACCEPTED, TODAY)).hasMessage("case.issue.collectedOnInvalid");
        assertThatThrownBy(() -> new Issuance("证-1", BigDecimal.ZERO, null, ACCEPTED.minusDays(1))
                .check(false, ACCEPTED, TODAY)).hasMessage("case.issue.collectedOnInvalid");
    }
}
