package org.govflow.web.error;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.csp.CspException;

import java.util.OptionalInt;

/**
 * Failures that are a refusal of the request rather than a fault of GovFlow, and the status they answer
 * with: a service refusing the caller's role is 403 (a page open to several roles whose service refuses
 * this one), and a form posted without the page's script nonce is 400 (it did not come from the page).
 */
final class Refusal {

    private Refusal() {
    }

    /** The status for a failure anywhere in this cause chain, or empty for an unexpected failure. */
    static OptionalInt statusOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException) {
                return OptionalInt.of(HttpServletResponse.SC_FORBIDDEN);
            }
            if (cause instanceof CspException) {
                return OptionalInt.of(HttpServletResponse.SC_BAD_REQUEST);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return OptionalInt.empty();
    }
}
