package org.govflow.ws.error;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem as the REST interface sends it ({@code application/problem+json}), with GovFlow's
 * stable {@code code}. Absent members (incident, errors) are left out of the JSON.
 *
 * @param type   a URN naming the code, {@code urn:govflow:problem:GF-404-ITEM}
 * @param title  the short, general text of the status
 * @param detail what went wrong with this request
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "code", "incidentId", "errors"})
public record Problem(String type, String title, int status, String detail, String code, String incidentId,
                      List<Failure.FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The problem of a failure, in a language. */
    public static Problem of(Failure failure, Locale locale) {
        return new Problem("urn:govflow:problem:" + failure.code(),
                InteropMessages.text(locale, "error.title." + failure.status()),
                failure.status(),
                failure.message(locale),
                failure.code(),
                failure.incidentId(),
                failure.fieldErrors().isEmpty() ? null : failure.fieldErrors());
    }
}
