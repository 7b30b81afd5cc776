package org.govflow.casework;

/** Why a case's clock stands still; it decides which total the still days are added to. */
enum PauseReason {
    CORRECTION,
    SUSPENSION,
    EXCLUDED_STEP
}
