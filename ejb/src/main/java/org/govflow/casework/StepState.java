package org.govflow.casework;

/** Where one step of a case stands. */
public enum StepState {
    /** Not reached yet, or sent back to be run again. */
    PENDING,
    RUNNING,
    SUSPENDED,
    DONE,
    /** Not run because the case was refused before reaching it. */
    CANCELLED
}
