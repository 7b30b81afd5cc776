package org.govflow.complaint;

/** Whom a complaint concerns. */
public enum TargetKind {
    /** A department, chosen from the list. */
    DEPARTMENT,
    /** A case, named by its acceptance number. */
    CASE,
    /** A window or post in the centre, named in free text. */
    WINDOW
}
