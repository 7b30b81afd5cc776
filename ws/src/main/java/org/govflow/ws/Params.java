package org.govflow.ws;

import org.govflow.ws.error.ErrorCode;
import org.govflow.ws.error.InteropException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads the parameters other systems send as text, the same way for REST and SOAP, and says precisely
 * which one is wrong and how. Blank counts as absent.
 */
public final class Params {

    private Params() {
    }

    /** A required calendar date, YYYY-MM-DD. */
    public static LocalDate date(String name, String value) {
        String text = required(name, value);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InteropException(ErrorCode.INVALID_DATE, name, text);
        }
    }

    /** An optional instant, ISO 8601 with an offset; null when absent. */
    public static OffsetDateTime instant(String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InteropException(ErrorCode.INVALID_TIMESTAMP, name, value.strip());
        }
    }

    /** A required integer. */
    public static int integer(String name, String value) {
        String text = required(name, value);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InteropException(ErrorCode.INVALID_NUMBER, name, text);
        }
    }

    /** A required whole number that identifies something, such as a step id. */
    public static long id(String name, String value) {
        String text = required(name, value);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InteropException(ErrorCode.INVALID_NUMBER, name, text);
        }
    }

    /** An optional integer; null when absent. */
    public static Integer optionalInteger(String name, String value) {
        return isBlank(value) ? null : integer(name, value);
    }

    /** Checks that a number lies within bounds, both included. */
    public static int within(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw outOfRange(name, value, min, max);
        }
        return value;
    }

    /** The failure of a number outside its bounds. */
    public static InteropException outOfRange(String name, long value, long min, long max) {
        return new InteropException(ErrorCode.OUT_OF_RANGE, name, String.valueOf(min), String.valueOf(max),
                String.valueOf(value));
    }

    /** A required text, stripped. */
    public static String required(String name, String value) {
        if (isBlank(value)) {
            throw new InteropException(ErrorCode.MISSING_PARAMETER, name);
        }
        return value.strip();
    }

    /** An optional text, stripped; null when absent. */
    public static String optional(String value) {
        return isBlank(value) ? null : value.strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
