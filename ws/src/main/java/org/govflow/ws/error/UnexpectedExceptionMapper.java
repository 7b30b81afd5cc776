package org.govflow.ws.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The last resort: anything no other mapper claims is an incident, logged with its cause; the caller gets
 * GF-500 and the incident id, never a message or a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        return Problems.response(Failure.from(exception), headers);
    }
}
