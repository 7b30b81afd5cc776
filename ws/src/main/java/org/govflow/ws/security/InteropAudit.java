package org.govflow.ws.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.govflow.audit.AuditLog;

/**
 * Writes one audit entry per interop call of a signed-in system, or of any caller that names itself in
 * the headers. Anonymous catalogue and calendar reads without headers are not audited: they change
 * nothing and would drown the log.
 */
@ApplicationScoped
public class InteropAudit {

    /** The audit action of every interop call. */
    public static final String ACTION = "INTEROP_CALL";

    /** The audit subject type; the subject id names the interface and operation. */
    public static final String SUBJECT = "interop";

    @Inject
    private AuditLog audit;

    /**
     * @param operation     e.g. {@code REST GET v1/me} or {@code SOAP getItem}
     * @param authenticated whether the caller signed in
     */
    public void record(String operation, boolean authenticated, InteropHeaders headers) {
        if (!authenticated && headers.isEmpty()) {
            return;
        }
        audit.record(ACTION, SUBJECT, operation, headers.isEmpty() ? null : headers.describe());
    }
}
