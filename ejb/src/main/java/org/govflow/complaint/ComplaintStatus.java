package org.govflow.complaint;

/** The life of a complaint: received, assigned to a handler, answered, closed by the centre. */
public enum ComplaintStatus {
    RECEIVED,
    ASSIGNED,
    ANSWERED,
    CLOSED
}
