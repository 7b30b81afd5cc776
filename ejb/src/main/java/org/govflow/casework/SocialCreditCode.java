package org.govflow.casework;

/**
 * The 18-character unified social credit code of GB 32100-2015. Its characters come from the 31 of
 * {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, S, V, Z), each worth its position in that list. The first 17
 * are weighted 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28 (3^i mod 31); the check character is worth
 * {@code 31 - (sum mod 31)}, and 0 where that is 31.
 */
public final class SocialCreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;
    private static final int MODULUS = 31;

    private SocialCreditCode() {
    }

    /** Tells whether a code is well formed: 18 characters of the alphabet, with the right check character. */
    public static boolean isValid(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        if (!code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return false;
        }
        return code.charAt(LENGTH - 1) == checkCharacter(code.substring(0, LENGTH - 1));
    }

    /** The check character for the first 17 characters, which must come from the alphabet. */
    static char checkCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        int check = MODULUS - sum % MODULUS;
        return ALPHABET.charAt(check == MODULUS ? 0 : check);
    }
}
