package org.govflow.ws.calendar;

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
import org.govflow.ws.calendar.dto.DayDto;
import org.govflow.ws.calendar.dto.DeadlineDto;
import org.govflow.ws.error.Problem;

/** The working-day calendar over REST, open to everyone: {@code /api/v1/calendar/...}. */
@RequestScoped
@Path("calendar")
@Produces(InteropApplication.JSON)
@Tag(name = "calendar", description = "The centre's working-day calendar (open)")
public class CalendarResource {

    @Inject
    private CalendarInterop calendar;

    @GET
    @Path("deadline")
    @Operation(summary = "When a time limit of N working days ends",
            description = "The start date is day 0; the deadline is the N-th working day after it, skipping "
                    + "weekends and official holidays and counting official make-up working days. complete is "
                    + "false, and missingYears lists the years, when a year on the way has no official calendar.")
    @APIResponse(responseCode = "200", description = "The deadline",
            content = @Content(schema = @Schema(implementation = DeadlineDto.class)))
    @APIResponse(responseCode = "400", description = "GF-400-INVALID-DATE, GF-400-INVALID-NUMBER, "
            + "GF-400-OUT-OF-RANGE or GF-400-MISSING-PARAMETER",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadlineDto deadline(
            @Parameter(description = "Day 0, YYYY-MM-DD", required = true, example = "2025-09-26",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Working days, 0 to 3660", required = true, example = "3",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "3660"))
            @QueryParam("days") String days) {
        return calendar.deadline(Params.date("from", from), Params.integer("days", days));
    }

    @GET
    @Path("days/{date}")
    @Operation(summary = "Whether the centre works on a date, and why")
    @APIResponse(responseCode = "200", description = "The day",
            content = @Content(schema = @Schema(implementation = DayDto.class)))
    @APIResponse(responseCode = "400", description = "GF-400-INVALID-DATE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DayDto day(
            @Parameter(description = "The date, YYYY-MM-DD", example = "2025-10-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @PathParam("date") String date) {
        return calendar.day(Params.date("date", date));
    }
}
