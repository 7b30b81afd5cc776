package org.govflow.complaint;

/** Who handles an assigned complaint. */
public enum HandlerKind {
    /** A department; its department head answers. */
    DEPARTMENT,
    /** The discipline inspection office; a supervisor answers. */
    DISCIPLINE_OFFICE
}
