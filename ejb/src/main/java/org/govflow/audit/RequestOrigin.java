package org.govflow.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * The client address of the request being served, set by the web and web-service modules' filters
 * (which alone know the connection) and read by the audit log.
 */
@RequestScoped
public class RequestOrigin {

    private String clientAddress = "unknown";

    public String getClientAddress() {
        return clientAddress;
    }

    public void setClientAddress(String clientAddress) {
        this.clientAddress = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
    }
}
