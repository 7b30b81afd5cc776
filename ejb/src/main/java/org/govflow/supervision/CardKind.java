package org.govflow.supervision;

import org.govflow.deadline.DeadlineState;

/** The grades of supervision on a late step, each issued at most once per run of the step. */
public enum CardKind {
    /** Yellow light: the step nears its due day (it became {@link DeadlineState#WARNED}). */
    YELLOW_LIGHT,
    /** Yellow card: the step is past its due day (it became {@link DeadlineState#OVERDUE}). */
    YELLOW_CARD,
    /** Red card: the step is still not done the configured number of working days after its due day. */
    RED_CARD;

    /** Whether the department heads are written to when it is issued. */
    public boolean isMailed() {
        return this != YELLOW_LIGHT;
    }
}
