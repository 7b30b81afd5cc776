package org.govflow.casework;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Readable numbers that cannot be guessed from one another: an acceptance number is {@code SL}, the
 * centre day as yyyyMMdd, and 6 random Crockford base32 characters; a tracking reference for other systems
 * is the same with {@code SQ}. Query passwords are 8 random characters without look-alikes (no 0, 1, I, L,
 * O). All randomness comes from {@link SecureRandom}.
 */
public final class CaseNumbers {

    /** Crockford's base32: digits and capitals without I, L, O and U. */
    static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /** Characters of query passwords: nothing a citizen could misread. */
    static final String PASSWORD_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /** The form of every acceptance number. */
    public static final Pattern ACCEPTANCE_NUMBER = Pattern.compile("SL[0-9]{8}[0-9A-HJKMNP-TV-Z]{6}");

    /** The form of every tracking reference. */
    public static final Pattern TRACKING_REFERENCE = Pattern.compile("SQ[0-9]{8}[0-9A-HJKMNP-TV-Z]{6}");

    static final int RANDOM_PART = 6;
    static final int PASSWORD_LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private CaseNumbers() {
    }

    static String acceptanceNumber(LocalDate day) {
        return acceptanceNumber(day, RANDOM);
    }

    static String acceptanceNumber(LocalDate day, Random random) {
        return "SL" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + randomText(CROCKFORD, RANDOM_PART, random);
    }

    static String trackingReference(LocalDate day) {
        return "SQ" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + randomText(CROCKFORD, RANDOM_PART, RANDOM);
    }

    static String queryPassword() {
        return queryPassword(RANDOM);
    }

    static String queryPassword(Random random) {
        return randomText(PASSWORD_ALPHABET, PASSWORD_LENGTH, random);
    }

    private static String randomText(String alphabet, int length, Random random) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
