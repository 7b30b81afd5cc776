package org.govflow.casework;

/** Where a case stands as a whole. */
public enum CaseState {
    /** Submitted by another system; waits in the window's queue to be checked. */
    SUBMITTED,
    /** Not accepted: mandatory materials are missing (the applicant gets a one-time notice). */
    DECLINED,
    /** Accepted pending correction (补正): the clock stands still until the missing materials arrive. */
    CORRECTION,
    /** Accepted; one or more department steps are running. */
    IN_PROGRESS,
    /** Suspended for a reason the law excludes from the limit; the clock stands still. */
    SUSPENDED,
    /** Every department step is done; the decision waits at the window to be issued. */
    TO_ISSUE,
    /** Issued and collected. */
    CLOSED
}
