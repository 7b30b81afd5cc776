package org.govflow.ws.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.govflow.platform.GovFlowException;

/** A service's refusal: 404 for what does not exist (GF-404-ITEM), 422 for a business rule (GF-422-...). */
@Provider
public class GovFlowExceptionMapper implements ExceptionMapper<GovFlowException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(GovFlowException exception) {
        return Problems.response(Failure.from(exception), headers);
    }
}
