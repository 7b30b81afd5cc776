package org.govflow.ws.error;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import org.govflow.platform.GovFlowException;
import org.govflow.platform.NotFoundException;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What went wrong with one call, as every interop interface reports it: a stable code, the HTTP status,
 * a message key of the ws bundle with its arguments, the fields at fault, and for unexpected failures the
 * incident id under which the cause was logged.
 *
 * @param code       stable, e.g. GF-400-INVALID-DATE, GF-404-ITEM, GF-422-STAFF-PASSWORD-WEAK, GF-500
 * @param status     the HTTP status
 * @param incidentId set only for unexpected failures
 */
public record Failure(String code, int status, String messageKey, List<Object> arguments,
                      List<FieldError> fieldErrors, String incidentId) {

    private static final Logger LOG = Logger.getLogger(Failure.class.getName());

    /** The key that says a service failed a request for a reason the ws bundle does not know yet. */
    static final String UNEXPLAINED_KEY = "error.unexplained";

    /**
     * Refusals because the case or step is no longer where the caller saw it (someone else acted first):
     * 409, so that a caller can tell a lost race from a request that can never succeed.
     */
    static final Set<String> CONFLICT_KEYS = Set.of("case.concurrentChange", "case.step.notRunning",
            "case.state.wrong");

    /** One field a caller sent wrong, and why (in the words of its constraint). */
    public record FieldError(String field, String message) {
    }

    public Failure {
        arguments = List.copyOf(arguments);
        fieldErrors = List.copyOf(fieldErrors);
    }

    public static Failure of(ErrorCode code, Object... arguments) {
        return new Failure(code.code(), code.status(), code.messageKey(), List.of(arguments), List.of(), null);
    }

    /**
     * Classifies any failure. Enterprise beans wrap unexpected exceptions in EJBException, so its cause is
     * what is classified. Whatever no family claims is an incident: logged with its cause under a new id.
     */
    public static Failure from(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof EJBException && !(cause instanceof EJBAccessException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof InteropException e) {
            return of(e.getErrorCode(), e.getArguments().toArray());
        } else if (cause instanceof NotFoundException e) {
            return new Failure(notFoundCode(e.getMessageKey()), 404, e.getMessageKey(), e.getArguments(), List.of(),
                    null);
        } else if (cause instanceof GovFlowException e && CONFLICT_KEYS.contains(e.getMessageKey())) {
            return new Failure(refusalCode(e.getMessageKey()).replace("GF-422-", "GF-409-"), 409, e.getMessageKey(),
                    e.getArguments(), List.of(), null);
        } else if (cause instanceof GovFlowException e) {
            return new Failure(refusalCode(e.getMessageKey()), 422, e.getMessageKey(), e.getArguments(), List.of(),
                    null);
        } else if (cause instanceof EJBAccessException) {
            return of(ErrorCode.FORBIDDEN);
        } else if (cause instanceof ConstraintViolationException e) {
            return invalid(e);
        } else if (isUnreadableJson(cause)) {
            return of(ErrorCode.MALFORMED_JSON);
        } else if (cause instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
            return of(ErrorCode.ofStatus(e.getResponse().getStatus()));
        }
        return incident(failure);
    }

    /** An unexpected failure: the cause goes to the log under a new incident id, never to the caller. */
    public static Failure incident(Throwable failure) {
        String incidentId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Interop incident " + incidentId, failure);
        return new Failure(ErrorCode.INTERNAL.code(), 500, ErrorCode.INTERNAL.messageKey(), List.of(incidentId),
                List.of(), incidentId);
    }

    /** The message in a language; a service's key the ws bundle lacks gets a generic text with the code. */
    public String message(Locale locale) {
        if (!InteropMessages.has(messageKey)) {
            LOG.log(Level.WARNING, "The interop bundle has no message {0}; callers see only {1}",
                    new Object[] {messageKey, code});
            return InteropMessages.text(locale, UNEXPLAINED_KEY, code);
        }
        return InteropMessages.text(locale, messageKey, arguments.toArray());
    }

    /** GF-404-ITEM for catalog.item.notFound: the segment before "notFound" names what is missing. */
    static String notFoundCode(String messageKey) {
        String[] segments = messageKey.split("\\.");
        int index = segments.length >= 2 && "notFound".equals(segments[segments.length - 1])
                ? segments.length - 2 : segments.length - 1;
        return "GF-404-" + segments[index].toUpperCase(Locale.ROOT);
    }

    /** GF-422-STAFF-PASSWORD-WEAK for staff.password.weak: stable for as long as the key is. */
    static String refusalCode(String messageKey) {
        return "GF-422-" + messageKey.replaceAll("([a-z])([A-Z])", "$1-$2").replace('.', '-').toUpperCase(Locale.ROOT);
    }

    /** A request body that is not JSON, or not JSON of the documented shape, as JSON-B failed to read it. */
    private static boolean isUnreadableJson(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return true;
            }
        }
        return false;
    }

    private static Failure invalid(ConstraintViolationException e) {
        List<FieldError> fields = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(Failure::fieldError)
                .toList();
        return new Failure(ErrorCode.INVALID_REQUEST.code(), 400, ErrorCode.INVALID_REQUEST.messageKey(), List.of(),
                fields, null);
    }

    private static FieldError fieldError(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // method parameters come as "method.arg0"; callers know the field by its last name only
        String field = path.substring(path.lastIndexOf('.') + 1);
        return new FieldError(field, violation.getMessage());
    }
}
