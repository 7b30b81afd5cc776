package org.govflow.ws.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govflow.staff.Role;
import org.govflow.staff.Roles;
import org.govflow.staff.StaffService;
import org.govflow.ws.InteropApplication;
import org.govflow.ws.error.Problem;
import org.govflow.ws.security.dto.CallerDto;

import java.util.Arrays;
import java.util.List;

/**
 * Who the calling system is signed in as: {@code /api/v1/me}, for interop clients only. It lets a system
 * check its credentials before it sends anything that matters.
 */
@RequestScoped
@Path("me")
@Produces(InteropApplication.JSON)
@Tag(name = "security", description = "The calling system (HTTP Basic, role interop_client)")
public class MeResource {

    @Inject
    private StaffService staffService;

    @GET
    @RolesAllowed(Roles.INTEROP_CLIENT)
    @SecurityRequirement(name = InteropApplication.BASIC_AUTH)
    @Operation(summary = "The calling system's account and roles")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(schema = @Schema(implementation = CallerDto.class)))
    @APIResponse(responseCode = "401", description = "GF-401: no credentials, or an unknown or disabled account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "GF-403: the account lacks the role interop_client",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CallerDto me(@Context SecurityContext security) {
        List<String> roles = Arrays.stream(Role.values())
                .map(Role::roleName)
                .filter(security::isUserInRole)
                .toList();
        return new CallerDto(security.getUserPrincipal().getName(), staffService.getCurrent().getFullName(), roles);
    }
}
