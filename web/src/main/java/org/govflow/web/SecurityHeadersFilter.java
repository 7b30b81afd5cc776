package org.govflow.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.Serial;

/**
 * Response headers that every page carries: no framing by other sites, no content-type sniffing, no
 * full URLs (which may hold an acceptance number) leaking to other sites through the Referer header,
 * and a Content-Security-Policy whose scripts must come from this site.
 *
 * <p>The policy is the one in web.xml's {@code primefaces.CSP_POLICY}. Faces pages run in PrimeFaces'
 * CSP mode, which adds that policy with the page's nonce appended to {@code script-src}; the wrapper
 * below makes PrimeFaces' header replace the one set here, so a response never carries two policies.
 * Responses without Faces (resources, error pages the container writes itself) keep the policy as set
 * here, which allows no inline script at all.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";

    /** The context parameter PrimeFaces reads its policy from; the same policy is used here. */
    static final String POLICY_PARAM = "primefaces.CSP_POLICY";

    private String policy;

    @Override
    public void init() throws ServletException {
        policy = getServletContext().getInitParameter(POLICY_PARAM);
        if (policy == null || !policy.contains("frame-ancestors 'none'") || !policy.trim().endsWith("script-src 'self'")) {
            // PrimeFaces appends the nonce to the end of the policy, so script-src must come last
            throw new ServletException(POLICY_PARAM + " must deny framing and end with script-src 'self'");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, policy);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        chain.doFilter(request, new SinglePolicy(response));
    }

    /** Turns any later CSP header (PrimeFaces' with the nonce) into a replacement of the one set above. */
    private static final class SinglePolicy extends HttpServletResponseWrapper {

        SinglePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
