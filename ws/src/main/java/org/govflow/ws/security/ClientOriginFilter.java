package org.govflow.ws.security;

import jakarta.servlet.annotation.WebFilter;
import org.govflow.audit.ClientOriginFilterBase;

import java.io.Serial;

/** Records the calling system's address (behind a trusted proxy, the forwarded one) for the audit log. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ClientOriginFilter extends ClientOriginFilterBase {

    @Serial
    private static final long serialVersionUID = 1L;
}
