package org.govflow.complaint;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Random complaint numbers and query passwords. A number reads "TS-2026-7KQ2M9XD": the year, then eight
 * characters of Crockford's base32, so numbers cannot be guessed from one another.
 */
final class ComplaintCodes {

    /** Crockford's base32: no I, L, O or U, which are easily misread. */
    private static final String BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /** Letters and digits that cannot be confused when read out on the telephone (no 0/O, 1/I/L). */
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    static final int NUMBER_RANDOM_LENGTH = 8;
    static final int PASSWORD_LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ComplaintCodes() {
    }

    static String newNumber(int year) {
        return "TS-" + year + "-" + random(BASE32, NUMBER_RANDOM_LENGTH);
    }

    static String newPassword() {
        return random(PASSWORD_ALPHABET, PASSWORD_LENGTH);
    }

    /** What the complainant typed as a number, the way numbers are stored. */
    static String normalizeNumber(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }

    /** What the complainant typed as a password: case and spaces do not matter. */
    static String normalizePassword(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    private static String random(String alphabet, int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return code.toString();
    }
}
