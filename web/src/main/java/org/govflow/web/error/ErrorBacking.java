package org.govflow.web.error;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backs the error pages. An unexpected failure gets an incident id that is shown to the user and logged
 * with the cause, so a report at the help desk can be matched with the log line; the page itself shows
 * nothing of the failure.
 */
@Named
@RequestScoped
public class ErrorBacking {

    private static final Logger LOG = Logger.getLogger(ErrorBacking.class.getName());

    private String incidentId;

    /** The incident id of this request's failure, logged once with its cause. */
    public String getIncidentId() {
        if (incidentId == null) {
            incidentId = UUID.randomUUID().toString();
            Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
            Object cause = request.get(RequestDispatcher.ERROR_EXCEPTION);
            Object uri = request.get(RequestDispatcher.ERROR_REQUEST_URI);
            OptionalInt refusal = cause instanceof Throwable failure ? Refusal.statusOf(failure) : OptionalInt.empty();
            if (refusal.isPresent()) {
                // a refusal, not a fault: no stack trace
                LOG.log(Level.WARNING, "Incident {0} at {1}: status {2} ({3})", new Object[] {incidentId, uri,
                        refusal.getAsInt(), cause.getClass().getSimpleName()});
            } else if (cause instanceof Throwable failure) {
                LOG.log(Level.SEVERE, "Incident " + incidentId + " at " + uri, failure);
            } else {
                LOG.log(Level.WARNING, "Incident {0} at {1}: status {2}",
                        new Object[] {incidentId, uri, request.get(RequestDispatcher.ERROR_STATUS_CODE)});
            }
        }
        return incidentId;
    }
}
