package org.govflow.complaint;

/** How a complaint reached the centre. */
public enum ComplaintChannel {
    /** Filed by the complainant on the public form. */
    ONLINE,
    /** Taken by centre staff on the telephone. */
    PHONE
}
