package org.govflow.ws.complaint;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.govflow.ws.complaint.dto.ComplaintPageDto;
import org.govflow.ws.error.Problem;

/** Complaints and their state for the discipline inspection system: {@code /api/v1/complaints}. */
@RequestScoped
@Path("complaints")
@Produces(InteropApplication.JSON)
@Tag(name = "complaints", description = "Complaints and their state (HTTP Basic, interop_client)")
public class ComplaintResource {

    @Inject
    private ComplaintInterop complaints;

    @GET
    @RolesAllowed(Roles.INTEROP_CLIENT)
    @SecurityRequirement(name = InteropApplication.BASIC_AUTH)
    @Operation(summary = "A page of complaints received or moved on after an instant, oldest received first",
            description = "Neither the text nor the complainant is sent, only the handling.")
    @APIResponse(responseCode = "200", description = "The page, with the total over all pages",
            content = @Content(schema = @Schema(implementation = ComplaintPageDto.class)))
    @APIResponse(responseCode = "400", description = "GF-400-INVALID-TIMESTAMP, GF-400-INVALID-NUMBER or "
            + "GF-400-OUT-OF-RANGE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ComplaintPageDto complaints(
            @Parameter(description = "Only complaints received, assigned, answered or closed after this instant, "
                    + "ISO 8601 with an offset",
                    example = "2026-01-01T00:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("since") String since,
            @Parameter(description = "1 for the first page (default)") @QueryParam("page") String page,
            @Parameter(description = "Complaints per page, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return complaints.listChangedSince(Params.instant("since", since), Params.optionalInteger("page", page),
                Params.optionalInteger("size", size));
    }
}
