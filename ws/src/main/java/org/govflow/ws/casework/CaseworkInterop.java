package org.govflow.ws.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.govflow.calendar.CentreClock;
import org.govflow.casework.Acceptance;
import org.govflow.casework.Applicant;
import org.govflow.casework.Case;
import org.govflow.casework.CaseService;
import org.govflow.casework.CaseStep;
import org.govflow.casework.Issuance;
import org.govflow.casework.StepAction;
import org.govflow.casework.StepService;
import org.govflow.platform.NotFoundException;
import org.govflow.ws.Params;
import org.govflow.ws.casework.dto.AcceptanceDto;
import org.govflow.ws.casework.dto.AcceptanceRequestDto;
import org.govflow.ws.casework.dto.ApplicantDto;
import org.govflow.ws.casework.dto.ApplicationDto;
import org.govflow.ws.casework.dto.CaseStatusDto;
import org.govflow.ws.casework.dto.CaseStepDto;
import org.govflow.ws.casework.dto.IssuanceRequestDto;
import org.govflow.ws.casework.dto.IssuedDto;
import org.govflow.ws.casework.dto.StepActionDto;
import org.govflow.ws.casework.dto.StepOutcomeDto;
import org.govflow.ws.casework.dto.SubmissionDto;
import org.govflow.ws.casework.dto.TaskDto;
import org.govflow.ws.casework.dto.TimelineEventDto;
import org.govflow.ws.catalog.CatalogInterop;
import org.govflow.ws.catalog.dto.MaterialDto;
import org.govflow.ws.error.ErrorCode;
import org.govflow.ws.error.InteropException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Casework for the REST resources and the SOAP endpoint alike: reads what a caller sent, hands it to the
 * case and step services (which check roles, departments, states and every business rule), and copies the
 * answer into wire records. An action sent without the version the caller saw acts on the current one;
 * two callers acting on the same step at once still cannot both succeed, as the services refuse the later.
 */
@ApplicationScoped
public class CaseworkInterop {

    @Inject
    private CaseService cases;

    @Inject
    private StepService steps;

    @Inject
    private CatalogInterop catalog;

    @Inject
    private CentreClock clock;

    /** Puts an application into the window's queue on an applicant's behalf, for the calling system. */
    public SubmissionDto submit(ApplicationDto application, String submittingSystem) {
        if (application == null) {
            throw new InteropException(ErrorCode.MISSING_PARAMETER, "application");
        }
        String itemCode = Params.required("itemCode", application.itemCode());
        Applicant applicant = applicant(application.applicant());

        String reference = cases.submitApplication(itemCode, applicant, submittingSystem,
                application.externalReference());
        return new SubmissionDto(reference, itemCode.toUpperCase(Locale.ROOT), "SUBMITTED");
    }

    /** A case's state and timeline, by acceptance number or tracking reference. */
    public CaseStatusDto status(String number) {
        return status(find(number));
    }

    /** Accepts a submitted application from the window's queue, by its tracking reference. */
    public AcceptanceDto accept(String reference, AcceptanceRequestDto request) {
        Case submitted = find(reference);
        AcceptanceRequestDto asked = request == null ? new AcceptanceRequestDto(null, null, null) : request;
        Set<Integer> received = asked.receivedMaterials() != null ? new HashSet<>(asked.receivedMaterials())
                : catalog.getItem(submitted.getItemCode()).materials().stream().map(MaterialDto::seq)
                        .collect(Collectors.toSet());

        Acceptance acceptance = cases.acceptSubmitted(submitted.getId(),
                asked.version() != null ? asked.version() : submitted.getVersion(), received,
                Boolean.TRUE.equals(asked.pendingCorrection()));
        var receipt = acceptance.receipt();
        return new AcceptanceDto(receipt.acceptanceNumber(), acceptance.queryPassword(), instant(receipt.acceptedAt()),
                text(receipt.promisedDueDate()), text(receipt.legalDueDate()), receipt.pendingCorrection(),
                receipt.missingMaterials(), receipt.queryUrl());
    }

    /** The open steps of the caller's department, soonest due first. */
    public List<TaskDto> listTasks() {
        return steps.listInbox().stream()
                .map(step -> new TaskDto(step.getId(), step.getVersion(), step.getCaseFile().getAcceptanceNumber(),
                        step.getCaseFile().getItemCode(), step.getCaseFile().getItemName(), step.getSeq(),
                        step.getName(), step.getKind().name(), step.getState().name(), instant(step.getStartedAt()),
                        text(step.getDeadline().getDueDate())))
                .toList();
    }

    public StepOutcomeDto pass(long stepId, StepActionDto action) {
        return outcome(steps.pass(stepId, version(stepId, action), note(action)));
    }

    public StepOutcomeDto reject(long stepId, StepActionDto action) {
        return outcome(steps.reject(stepId, version(stepId, action), note(action)));
    }

    public StepOutcomeDto returnTo(long stepId, StepActionDto action) {
        if (action == null || action.targetSeq() == null) {
            throw new InteropException(ErrorCode.MISSING_PARAMETER, "targetSeq");
        }
        return outcome(steps.returnTo(stepId, version(stepId, action), action.targetSeq(), note(action)));
    }

    /** Issues the decision of a case waiting at the window and closes it. */
    public IssuedDto issue(String number, IssuanceRequestDto request) {
        if (request == null) {
            throw new InteropException(ErrorCode.MISSING_PARAMETER, "documentNumber");
        }
        Case toIssue = find(number);
        LocalDate collectedOn = request.collectedOn() == null || request.collectedOn().isBlank() ? clock.today()
                : Params.date("collectedOn", request.collectedOn());
        Issuance issuance = new Issuance(request.documentNumber(),
                request.feeAmount() == null ? BigDecimal.ZERO : request.feeAmount(), request.feeReceiptNumber(),
                collectedOn);

        Case issued = cases.issue(toIssue.getId(), request.version() != null ? request.version()
                : toIssue.getVersion(), issuance);
        return new IssuedDto(issued.getAcceptanceNumber(), issued.getState().name(), name(issued.getDecision()),
                issued.getDocumentNumber(), instant(issued.getIssuedAt()), issued.getWorkingDaysUsed());
    }

    private Case find(String number) {
        String clean = Params.required("number", number);
        return cases.findByNumber(clean).orElseThrow(() -> new NotFoundException("case.notFound", clean));
    }

    /** The version the caller saw, or else the step's current one as its own department reads it. */
    private long version(long stepId, StepActionDto action) {
        return action != null && action.version() != null ? action.version() : steps.getTask(stepId).getVersion();
    }

    private static String note(StepActionDto action) {
        return action == null ? null : action.opinion();
    }

    private static Applicant applicant(ApplicantDto applicant) {
        if (applicant == null) {
            throw new InteropException(ErrorCode.MISSING_PARAMETER, "applicant");
        }
        String kind = Params.required("applicant.kind", applicant.kind()).toUpperCase(Locale.ROOT);
        return switch (kind) {
            case "PERSON" -> Applicant.person(applicant.name(), applicant.idNumber(), applicant.phone());
            case "ORGANISATION" -> Applicant.organisation(applicant.name(), applicant.idNumber(),
                    applicant.legalRepresentative(), applicant.phone());
            default -> throw new InteropException(ErrorCode.INVALID_APPLICANT_KIND, applicant.kind());
        };
    }

    private static CaseStatusDto status(Case found) {
        List<CaseStepDto> flow = found.getSteps().stream()
                .sorted(Comparator.comparingInt(CaseStep::getSeq))
                .map(s -> new CaseStepDto(s.getSeq(), s.getName(), s.getKind().name(), s.getDepartmentCode(),
                        s.getDepartmentName(), s.getState().name(), instant(s.getStartedAt()),
                        instant(s.getCompletedAt()), text(s.getDeadline().getDueDate())))
                .toList();
        List<TimelineEventDto> timeline = found.getSteps().stream()
                .flatMap(s -> s.getActions().stream())
                .sorted(Comparator.comparing(StepAction::getActedAt).thenComparing(StepAction::getId))
                .map(a -> new TimelineEventDto(instant(a.getActedAt()), a.getStep().getSeq(), a.getStep().getName(),
                        a.getType().name(), a.getNote(), name(a.getTimeliness())))
                .toList();
        return new CaseStatusDto(found.getTrackingReference(), found.getAcceptanceNumber(), found.getItemCode(),
                found.getItemName(), found.getDepartmentCode(), found.getState().name(), name(found.getDecision()),
                instant(found.getReceivedAt()), instant(found.getAcceptedAt()), text(found.getPromisedDueDate()),
                text(found.getLegalDueDate()), instant(found.getIssuedAt()), found.getDocumentNumber(), flow, timeline);
    }

    private static StepOutcomeDto outcome(CaseStep step) {
        return new StepOutcomeDto(step.getId(), step.getVersion(), step.getCaseFile().getAcceptanceNumber(),
                step.getSeq(), step.getState().name(), step.getCaseFile().getState().name());
    }

    /** An instant as UTC ISO 8601; null stays null. */
    static String instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant().toString();
    }

    private static String text(Temporal date) {
        return date == null ? null : date.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
