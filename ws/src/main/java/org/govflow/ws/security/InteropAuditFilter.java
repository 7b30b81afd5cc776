package org.govflow.ws.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import java.util.HashMap;
import java.util.Map;

/**
 * Audits each REST call with the calling system's account and its X-Road headers (HTTP headers
 * {@code X-Road-Client}, {@code X-Road-Id}, {@code X-Road-UserId}, {@code X-Road-Issue},
 * {@code X-Road-Protocol-Version}), and echoes those headers in the response.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class InteropAuditFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Map<String, String> HTTP_HEADERS = Map.of(
            "client", "X-Road-Client",
            "id", "X-Road-Id",
            "userId", "X-Road-UserId",
            "issue", "X-Road-Issue",
            "protocolVersion", "X-Road-Protocol-Version");

    @Inject
    private InteropAudit audit;

    @Override
    public void filter(ContainerRequestContext request) {
        InteropHeaders headers = headers(request);
        boolean authenticated = request.getSecurityContext().getUserPrincipal() != null;

        audit.record("REST " + request.getMethod() + " v1/" + request.getUriInfo().getPath(false)
                .replaceFirst("^/", ""), authenticated, headers);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        headers(request).values().forEach((name, value) -> response.getHeaders().putSingle(HTTP_HEADERS.get(name),
                value));
    }

    private static InteropHeaders headers(ContainerRequestContext request) {
        Map<String, String> values = new HashMap<>();
        HTTP_HEADERS.forEach((name, header) -> values.put(name, request.getHeaderString(header)));
        return new InteropHeaders(values);
    }
}
