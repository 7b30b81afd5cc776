package org.govflow.casework;

/** What someone did to a step; every action is kept with who, when, from where and how timely. */
public enum ActionType {
    /** The window accepted the application (on the intake step). */
    ACCEPT,
    /** Missing materials arrived after a correction notice (on the intake step). */
    MATERIALS_RECEIVED,
    PASS,
    /** Refused: the case ends with a refusal decision, which still goes to the window. */
    REJECT,
    /** Sent back to an earlier step, which runs again with a fresh limit. */
    RETURN,
    SUSPEND,
    RESUME,
    /** The department head extended the limit. */
    EXTEND,
    /** The window issued the decision or certificate (on the issuing step). */
    ISSUE
}
