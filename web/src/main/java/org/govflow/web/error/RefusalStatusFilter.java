package org.govflow.web.error;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The container answers every exception with 500 before it shows the error page; for a refusal (see
 * {@link Refusal}) this sets the status the page stands for, before the page is rendered.
 */
@WebFilter(urlPatterns = "/error/*", dispatcherTypes = DispatcherType.ERROR)
public class RefusalStatusFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            Refusal.statusOf(failure).ifPresent(status -> {
                response.setStatus(status);
                request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
            });
        }
        chain.doFilter(request, response);
    }
}
