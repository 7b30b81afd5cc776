package org.govflow.ws.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A caller's malformed or out-of-range input: 400 with the input's own code. */
@Provider
public class InteropExceptionMapper implements ExceptionMapper<InteropException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(InteropException exception) {
        return Problems.response(Failure.from(exception), headers);
    }
}
