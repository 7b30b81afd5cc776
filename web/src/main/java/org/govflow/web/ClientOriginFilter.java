package org.govflow.web;

import jakarta.servlet.annotation.WebFilter;
import org.govflow.audit.ClientOriginFilterBase;

import java.io.Serial;

/**
 * Records the visitor's address (behind a trusted proxy, the forwarded one) for the audit log, the public
 * query's throttle and the complaint limit.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ClientOriginFilter extends ClientOriginFilterBase {

    @Serial
    private static final long serialVersionUID = 1L;
}
