package org.govflow.supervision;

/** Whether a rectification item still needs work. */
public enum RectificationState {
    OPEN,
    CLOSED
}
