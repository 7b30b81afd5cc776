package org.govflow.query;

import org.govflow.calendar.Timeliness;
import org.govflow.casework.ActionType;
import org.govflow.casework.CaseState;
import org.govflow.casework.Decision;
import org.govflow.casework.StepState;
import org.govflow.casework.SuspensionReason;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the public query shows an applicant about their case: no entity, and nothing about the staff who
 * acted beyond their department and post.
 *
 * @param completion the closing against the promised due date; null while the case is open
 * @param collectionPlace the windows and address where the decision is collected
 * @param rating the applicant's score, or null while unrated
 */
public record CaseProgress(String acceptanceNumber, String itemName, String departmentName,
                           OffsetDateTime acceptedAt, LocalDate promisedDueDate, LocalDate legalDueDate,
                           CaseState state, Decision decision, List<Step> steps, List<Pause> suspensions,
                           Timeliness completion, Integer workingDaysUsed, String documentNumber,
                           OffsetDateTime issuedAt, LocalDate collectedOn, String collectionPlace, Integer rating) {

    public boolean isClosed() {
        return state == CaseState.CLOSED;
    }

    /** Whether the applicant may rate the case now. */
    public boolean isRatable() {
        return isClosed() && rating == null;
    }

    public List<Step> getCurrentSteps() {
        return steps.stream().filter(Step::current).toList();
    }

    /**
     * One step of the case's flow.
     *
     * @param outcome the deciding action (pass, reject, issue), or null while not decided
     * @param opinion the opinion of a pass or the reason of a rejection
     * @param timeliness the deciding action against the step's due date
     * @param current whether the step runs (or stands suspended) now
     */
    public record Step(int seq, String name, String departmentName, String post, StepState state,
                       OffsetDateTime startedAt, OffsetDateTime completedAt, LocalDate dueDate, ActionType outcome,
                       String opinion, Timeliness timeliness, boolean current) {
    }

    /**
     * One suspension of the case's clock.
     *
     * @param workingDays how long the clock stood still; null while it lasts
     */
    public record Pause(SuspensionReason reason, String stepName, OffsetDateTime from, OffsetDateTime until,
                        Integer workingDays) {
    }
}
