package org.govflow.audit;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govflow.platform.Settings;
import org.govflow.platform.TrustedProxies;

import java.io.IOException;
import java.io.Serial;
import java.util.Collections;

/**
 * Hands the client's address to {@link RequestOrigin} for everything done in a request: the connection's
 * address, or behind a trusted proxy (site setting {@code GOVFLOW_TRUSTED_PROXIES}) the one its X-Forwarded-For
 * header names. The web and web-service modules each map a subclass, since a filter belongs to its WAR.
 */
public abstract class ClientOriginFilterBase extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.setClientAddress(settings.trustedProxies().clientAddress(request.getRemoteAddr(),
                Collections.list(request.getHeaders(TrustedProxies.FORWARDED_FOR))));
        chain.doFilter(request, response);
    }
}
