package org.govflow.casework;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CaseNumbersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void acceptanceNumberIsSlDateAndSixCrockfordCharacters() {
        String number = CaseNumbers.acceptanceNumber(DAY);

        assertThat(number).hasSize(16).startsWith("SL20260302").matches(CaseNumbers.ACCEPTANCE_NUMBER);
        assertThat(number.substring(10).chars()).allMatch(c -> CaseNumbers.CROCKFORD.indexOf(c) >= 0);
        assertThat(number.substring(10)).doesNotContain("I", "L", "O", "U");
    }

    @Test
    void acceptanceNumbersOfOneDayAreNotSequential() {
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            numbers.add(CaseNumbers.acceptanceNumber(DAY));
        }

        // 32^6 (about a billion) possibilities: a thousand draws practically never repeat
        assertThat(numbers).hasSizeGreaterThan(995).allMatch(n -> n.matches(CaseNumbers.ACCEPTANCE_NUMBER.pattern()));
    }

    @Test
    void sameRandomSourceGivesSameNumber() {
        assertThat(CaseNumbers.acceptanceNumber(DAY, new Random(7)))
                .isEqualTo(CaseNumbers.acceptanceNumber(DAY, new Random(7)));
    }

    @Test
    void trackingReferenceHasItsOwnPrefix() {
        assertThat(CaseNumbers.trackingReference(DAY)).startsWith("SQ20260302")
                .matches(CaseNumbers.TRACKING_REFERENCE);
    }

    @Test
    void queryPasswordHasEightUnambiguousCharacters() {
        for (int i = 0; i < 200; i++) {
            String password = CaseNumbers.queryPassword();

            assertThat(password).hasSize(8).matches("[2-9A-HJKMNP-Z]{8}");
            assertThat(password).doesNotContain("0", "1", "I", "L", "O");
        }
    }
}
