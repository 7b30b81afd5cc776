package org.govflow.casework;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The 18-character citizen identity number of GB 11643-1999: 6 digits of region, 8 of birth date, 3 of
 * sequence, and a check character. The check character is ISO 7064 MOD 11-2: the first 17 digits are
 * weighted 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, and the weighted sum modulo 11 picks the character from
 * {@code 1 0 X 9 8 7 6 5 4 3 2}.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final int LENGTH = 18;

    private ResidentIdNumber() {
    }

    /**
     * Tells whether a number is well formed: 17 digits, a real birth date, and the right check character
     * (an upper-case {@code X} for ten).
     */
    public static boolean isValid(String number) {
        if (number == null || number.length() != LENGTH) {
            return false;
        }
        String body = number.substring(0, LENGTH - 1);
        if (!body.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return number.charAt(LENGTH - 1) == checkCharacter(body) && hasRealBirthDate(body);
    }

    /** The check character for the first 17 digits. */
    static char checkCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static boolean hasRealBirthDate(String body) {
        try {
            LocalDate birth = LocalDate.parse(body.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
            return birth.getYear() >= 1900;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
