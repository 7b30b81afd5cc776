package org.govflow.ws.error;

/**
 * The stable error codes of the interop interfaces that do not come from a service's own refusal. A
 * code never changes meaning once published; callers branch on it, people read the message.
 */
public enum ErrorCode {

    INVALID_DATE("GF-400-INVALID-DATE", 400, "error.invalidDate"),
    INVALID_TIMESTAMP("GF-400-INVALID-TIMESTAMP", 400, "error.invalidTimestamp"),
    INVALID_NUMBER("GF-400-INVALID-NUMBER", 400, "error.invalidNumber"),
    OUT_OF_RANGE("GF-400-OUT-OF-RANGE", 400, "error.outOfRange"),
    MISSING_PARAMETER("GF-400-MISSING-PARAMETER", 400, "error.missingParameter"),
    INVALID_REQUEST("GF-400-INVALID-REQUEST", 400, "error.invalidRequest"),
    MALFORMED_XML("GF-400-MALFORMED-XML", 400, "error.malformedXml"),
    MALFORMED_JSON("GF-400-MALFORMED-JSON", 400, "error.malformedJson"),
    INVALID_APPLICANT_KIND("GF-400-INVALID-APPLICANT-KIND", 400, "error.applicantKind"),
    UNKNOWN_OPERATION("GF-400-UNKNOWN-OPERATION", 400, "error.unknownOperation"),
    UNAUTHENTICATED("GF-401", 401, "error.unauthenticated"),
    FORBIDDEN("GF-403", 403, "error.forbidden"),
    NOT_FOUND("GF-404", 404, "error.notFound"),
    METHOD_NOT_ALLOWED("GF-405", 405, "error.methodNotAllowed"),
    NOT_ACCEPTABLE("GF-406", 406, "error.notAcceptable"),
    UNSUPPORTED_MEDIA_TYPE("GF-415", 415, "error.unsupportedMediaType"),
    INTERNAL("GF-500", 500, "error.internal");

    private final String code;
    private final int status;
    private final String messageKey;

    ErrorCode(String code, int status, String messageKey) {
        this.code = code;
        this.status = status;
        this.messageKey = messageKey;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The code for a status the container or JAX-RS answered with; any other status is a request error. */
    public static ErrorCode ofStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? INTERNAL : INVALID_REQUEST;
        };
    }
}
