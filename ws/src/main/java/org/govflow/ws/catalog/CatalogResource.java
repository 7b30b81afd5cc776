package org.govflow.ws.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govflow.ws.InteropApplication;
import org.govflow.ws.Params;
import org.govflow.ws.catalog.dto.DepartmentDto;
import org.govflow.ws.catalog.dto.ItemDetailDto;
import org.govflow.ws.catalog.dto.ItemPageDto;
import org.govflow.ws.error.Problem;

import java.util.List;

/** The approval catalogue over REST, open to everyone: {@code /api/v1/departments} and {@code /api/v1/items}. */
@RequestScoped
@Path("/")
@Produces(InteropApplication.JSON)
@Tag(name = "catalogue", description = "Departments and approval items (open)")
public class CatalogResource {

    @Inject
    private CatalogInterop catalog;

    @GET
    @Path("departments")
    @Operation(summary = "Every department, by code, with how many items it handles")
    @APIResponse(responseCode = "200", description = "The departments",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DepartmentDto.class)))
    public List<DepartmentDto> departments() {
        return catalog.listDepartments();
    }

    @GET
    @Path("items")
    @Operation(summary = "A page of items, by code",
            description = "Optionally one department's items, or only those whose current version was published "
                    + "after changedSince (to synchronise a copy of the catalogue).")
    @APIResponse(responseCode = "200", description = "The page, with the total over all pages",
            content = @Content(schema = @Schema(implementation = ItemPageDto.class)))
    @APIResponse(responseCode = "400", description = "GF-400-INVALID-NUMBER, GF-400-OUT-OF-RANGE or "
            + "GF-400-INVALID-TIMESTAMP",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "GF-404-DEPARTMENT: no such department",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ItemPageDto items(
            @Parameter(description = "1 for the first page (default)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "Items per page, 1 to 100",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "Only this department's items, by department code", example = "SCJ")
            @QueryParam("department") String department,
            @Parameter(description = "Only items changed after this instant, ISO 8601 with an offset",
                    example = "2026-01-01T00:00:00+08:00",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("changedSince") String changedSince) {
        return catalog.listItems(Params.optional(department), Params.instant("changedSince", changedSince),
                Params.optionalInteger("page", page), Params.optionalInteger("size", size));
    }

    @GET
    @Path("items/{code}")
    @Operation(summary = "An item's current guide with its materials and flow")
    @APIResponse(responseCode = "200", description = "The item",
            content = @Content(schema = @Schema(implementation = ItemDetailDto.class)))
    @APIResponse(responseCode = "404", description = "GF-404-ITEM: no such item",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ItemDetailDto item(@Parameter(description = "The item's code", example = "FGW-001")
                              @PathParam("code") String code) {
        return catalog.getItem(code);
    }
}
