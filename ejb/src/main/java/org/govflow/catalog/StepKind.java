package org.govflow.catalog;

/** The role a step plays in a flow; every flow starts with ACCEPT, holds a DECISION and ends with ISSUE. */
public enum StepKind {
    /** 受理: window acceptance. */
    ACCEPT,
    /** 审查 and its kin: review, inspection, expert review, public notice, hearing. */
    REVIEW,
    /** 决定: the decision. */
    DECISION,
    /** 发证 / 送达: the window issues the result. */
    ISSUE
}
