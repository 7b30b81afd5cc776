package org.govflow.casework;

/** The outcome of a case, set by its decision step (or by a rejection at any step). */
public enum Decision {
    APPROVED,
    REFUSED
}
