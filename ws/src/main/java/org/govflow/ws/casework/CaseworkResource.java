package org.govflow.ws.casework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govflow.staff.Roles;
import org.govflow.ws.InteropApplication;
import org.govflow.ws.Params;
import org.govflow.ws.casework.dto.AcceptanceDto;
import org.govflow.ws.casework.dto.AcceptanceRequestDto;
import org.govflow.ws.casework.dto.ApplicationDto;
import org.govflow.ws.casework.dto.CaseStatusDto;
import org.govflow.ws.casework.dto.IssuanceRequestDto;
import org.govflow.ws.casework.dto.IssuedDto;
import org.govflow.ws.casework.dto.StepActionDto;
import org.govflow.ws.casework.dto.StepOutcomeDto;
import org.govflow.ws.casework.dto.SubmissionDto;
import org.govflow.ws.casework.dto.TaskDto;
import org.govflow.ws.error.Problem;

import java.util.List;

/**
 * Cases over REST. Other systems (interop_client) submit applications and follow cases; staff accounts
 * take each step of a case as one authenticated call, under the same role and department rules as their
 * screens: the window clerk accepts from the queue and issues, approvers and department heads act on
 * their department's open steps. A lost race on a case or step is 409; a business refusal 422.
 */
@RequestScoped
@Path("/")
@Produces(InteropApplication.JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = InteropApplication.BASIC_AUTH)
@Tag(name = "cases", description = "Applications, case status, and the staff's steps of a case (HTTP Basic)")
@APIResponse(responseCode = "401", description = "GF-401: no credentials, or an unknown or disabled account",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "GF-403: the account lacks the operation's role",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "400", description = "GF-400-MALFORMED-JSON, GF-400-MISSING-PARAMETER, "
        + "GF-400-INVALID-DATE, GF-400-INVALID-NUMBER, GF-400-INVALID-APPLICANT-KIND",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "A business rule refused, e.g. "
        + "GF-422-CASE-APPLICANT-RESIDENT-ID-INVALID, GF-422-CASE-APPLICANT-CREDIT-CODE-INVALID, "
        + "GF-422-CASE-MATERIALS-MISSING, GF-422-CASE-STEP-OTHER-DEPARTMENT, GF-422-CASE-STEP-HEAD-ONLY",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CaseworkResource {

    @Inject
    private CaseworkInterop casework;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    @POST
    @Path("applications")
    @RolesAllowed(Roles.INTEROP_CLIENT)
    @Operation(summary = "Submit an application on an applicant's behalf",
            description = "It waits in the window's queue until a clerk checks its materials and accepts it. The "
                    + "calling account is recorded as the submitting system.")
    @APIResponse(responseCode = "201", description = "Queued; Location is the case's status address",
            content = @Content(schema = @Schema(implementation = SubmissionDto.class)))
    @APIResponse(responseCode = "404", description = "GF-404-ITEM: no such item",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(ApplicationDto application) {
        SubmissionDto submission = casework.submit(application, security.getUserPrincipal().getName());
        return Response.created(uri.getBaseUriBuilder().path("cases/{number}").build(submission.trackingReference()))
                .entity(submission)
                .build();
    }

    @POST
    @Path("applications/{reference}/acceptance")
    @RolesAllowed(Roles.WINDOW_CLERK)
    @Operation(summary = "Accept a submitted application at the window (window clerk)",
            description = "Checks the materials the window has against the item's current version. The answer "
                    + "carries the query password in clear, once.")
    @APIResponse(responseCode = "200", description = "Accepted",
            content = @Content(schema = @Schema(implementation = AcceptanceDto.class)))
    @APIResponse(responseCode = "404", description = "GF-404-CASE: no such tracking reference",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "GF-409-CASE-STATE-WRONG (no longer in the queue) or "
            + "GF-409-CASE-CONCURRENT-CHANGE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AcceptanceDto accept(@Parameter(description = "The tracking reference", example = "SQ20260302ABC123")
                                @PathParam("reference") String reference, AcceptanceRequestDto request) {
        return casework.accept(reference, request);
    }

    @GET
    @Path("cases/{number}")
    @RolesAllowed(Roles.INTEROP_CLIENT)
    @Operation(summary = "A case's state, flow and timeline",
            description = "By acceptance number (SL...) or, before acceptance, by tracking reference (SQ...).")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = CaseStatusDto.class)))
    @APIResponse(responseCode = "404", description = "GF-404-CASE: no such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseStatusDto status(@Parameter(description = "Acceptance number or tracking reference",
            example = "SL20260302ABC123") @PathParam("number") String number) {
        return casework.status(number);
    }

    @POST
    @Path("cases/{number}/issuance")
    @RolesAllowed(Roles.WINDOW_CLERK)
    @Operation(summary = "Issue a case's decision at the window and close it (window clerk)")
    @APIResponse(responseCode = "200", description = "Issued and closed",
            content = @Content(schema = @Schema(implementation = IssuedDto.class)))
    @APIResponse(responseCode = "404", description = "GF-404-CASE: no such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "GF-409-CASE-STATE-WRONG (not waiting to be issued) or "
            + "GF-409-CASE-CONCURRENT-CHANGE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IssuedDto issue(@PathParam("number") String number, IssuanceRequestDto request) {
        return casework.issue(number, request);
    }

    @GET
    @Path("tasks")
    @RolesAllowed({Roles.APPROVER, Roles.DEPARTMENT_HEAD})
    @Operation(summary = "The open steps of the caller's department, soonest due first (approver, head)")
    @APIResponse(responseCode = "200", description = "The steps",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TaskDto.class)))
    public List<TaskDto> tasks() {
        return casework.listTasks();
    }

    @POST
    @Path("tasks/{stepId}/pass")
    @RolesAllowed({Roles.APPROVER, Roles.DEPARTMENT_HEAD})
    @Operation(summary = "Pass a step with an opinion (a decision step: department head only)")
    @APIResponse(responseCode = "200", description = "Passed",
            content = @Content(schema = @Schema(implementation = StepOutcomeDto.class)))
    @APIResponse(responseCode = "409", description = "GF-409-CASE-CONCURRENT-CHANGE or "
            + "GF-409-CASE-STEP-NOT-RUNNING: someone acted first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StepOutcomeDto pass(@PathParam("stepId") String stepId, StepActionDto action) {
        return casework.pass(Params.id("stepId", stepId), action);
    }

    @POST
    @Path("tasks/{stepId}/reject")
    @RolesAllowed({Roles.APPROVER, Roles.DEPARTMENT_HEAD})
    @Operation(summary = "Refuse the application at a step, with the reason in opinion")
    @APIResponse(responseCode = "200", description = "Refused; the refusal goes to the window to be issued",
            content = @Content(schema = @Schema(implementation = StepOutcomeDto.class)))
    public StepOutcomeDto reject(@PathParam("stepId") String stepId, StepActionDto action) {
        return casework.reject(Params.id("stepId", stepId), action);
    }

    @POST
    @Path("tasks/{stepId}/return")
    @RolesAllowed({Roles.APPROVER, Roles.DEPARTMENT_HEAD})
    @Operation(summary = "Send a step back to the earlier step targetSeq, with the reason in opinion")
    @APIResponse(responseCode = "200", description = "Returned",
            content = @Content(schema = @Schema(implementation = StepOutcomeDto.class)))
    public StepOutcomeDto returnTo(@PathParam("stepId") String stepId, StepActionDto action) {
        return casework.returnTo(Params.id("stepId", stepId), action);
    }
}
