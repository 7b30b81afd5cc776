package org.govflow.complaint;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintCodesTest {

    @Test
    void numberIsYearAndEightBase32Characters() {
        String number = ComplaintCodes.newNumber(2026);

        assertThat(number).matches("TS-2026-[0-9A-HJKMNP-TV-Z]{8}");
    }

    @Test
    void numbersAndPasswordsDoNotRepeat() {
        Set<String> numbers = new HashSet<>();
        Set<String> passwords = new HashSet<>();

        IntStream.range(0, 10_000).forEach(i -> {
            numbers.add(ComplaintCodes.newNumber(2026));
            passwords.add(ComplaintCodes.newPassword());
        });

        assertThat(numbers).hasSize(10_000);
        assertThat(passwords).hasSize(10_000);
    }

    @Test
    void passwordAvoidsCharactersThatAreMisreadOnThePhone() {
        String password = ComplaintCodes.newPassword();

        assertThat(password).hasSize(ComplaintCodes.PASSWORD_LENGTH).matches("[A-HJKMNP-Z2-9]+");
    }

    @Test
    void typedNumberAndPasswordAreForgivingAboutCaseAndSpaces() {
        assertThat(ComplaintCodes.normalizeNumber(" ts-2026-ab12cd34 ")).isEqualTo("TS-2026-AB12CD34");
        assertThat(ComplaintCodes.normalizePassword("abcd efgh 23")).isEqualTo("ABCDEFGH23");
        assertThat(ComplaintCodes.normalizeNumber(null)).isEmpty();
        assertThat(ComplaintCodes.normalizePassword(null)).isEmpty();
    }
}
