package org.govflow.casework;

/** The legal reasons that stop a case's clock. */
public enum SuspensionReason {
    /** 听证 */
    HEARING,
    /** 专家评审 */
    EXPERT_REVIEW,
    /** 公示 */
    PUBLIC_NOTICE,
    /** 现场勘查 */
    ON_SITE_INSPECTION,
    /** 补正: materials being corrected */
    CORRECTION
}
