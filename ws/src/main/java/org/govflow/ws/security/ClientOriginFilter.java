package org.govflow.ws.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govflow.audit.RequestOrigin;

import java.io.IOException;
import java.io.Serial;

/** Hands the calling system's address to the audit log for everything done in this request. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ClientOriginFilter extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // TODO: trust X-Forwarded-For from configured proxies only, as the web module will
        origin.setClientAddress(request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
