package org.govflow.ws.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Builds the problem responses of the exception mappers, in the caller's language. */
final class Problems {

    private Problems() {
    }

    static Response response(Failure failure, HttpHeaders headers) {
        Problem problem = Problem.of(failure, InteropMessages.choose(headers.getAcceptableLanguages()));
        Response.ResponseBuilder response = Response.status(failure.status())
                .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
                .entity(problem);
        if (failure.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"GovFlow\"");
        }
        return response.build();
    }
}
