package org.govflow.ws.casework.dto;

/**
 * One action on a step of a case.
 *
 * @param action     ACCEPT, MATERIALS_RECEIVED, PASS, REJECT, RETURN, SUSPEND, RESUME, EXTEND or ISSUE
 * @param note       the opinion of a pass, the reason of a rejection, return or suspension
 * @param timeliness EARLY, ON_TIME or LATE against the step's due date, when it had one
 */
public record TimelineEventDto(String at, int stepSeq, String stepName, String action, String note,
                               String timeliness) {
}
