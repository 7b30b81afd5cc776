package org.govflow.ws.error;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A service refused the caller's role: 403 GF-403. */
@Provider
public class AccessDeniedExceptionMapper implements ExceptionMapper<EJBAccessException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(EJBAccessException exception) {
        return Problems.response(Failure.from(exception), headers);
    }
}
