package org.regwatch.query.moratoria;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.regwatch.query.api.ApiException;
import org.regwatch.query.api.Params;
import org.regwatch.query.api.Problem;
import org.regwatch.query.readmodel.VersionedResponses;

@Path("/api/moratoria")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "moratorium clock", description = "Moratoria in force and their expected expiry")
public class MoratoriumResource {

  private final MoratoriumClock clock;
  private final VersionedResponses responses;
  private final Clock wallClock = Clock.systemUTC();

  public MoratoriumResource(MoratoriumClock clock, VersionedResponses responses) {
    this.clock = clock;
    this.responses = responses;
  }

  @GET
  @Operation(summary = "Moratoria in force on a day (default today), with their clocks")
  @APIResponse(responseCode = "200", description = "The moratoria",
      content = @Content(schema = @Schema(implementation = Moratoria.class)))
  @APIResponse(responseCode = "400", description = "A parameter is malformed",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response inForce(@Context Request request,
      @Parameter(description = "the day to look from, default today (UTC)") @QueryParam("asOf") String asOf) {
    LocalDate day = day(asOf);
    MoratoriumClock.InForce inForce = clock.inForceAt(day);
    // the defaulted day is part of the key: the body (daysLeft, state) changes at midnight
    return responses.ok(request, inForce.stamp(), "moratoria\n" + day,
        () -> new Moratoria(inForce.moratoria()));
  }

  @GET
  @Path("/expiring")
  @Operation(summary = "Moratoria whose expected expiry falls within a period from a day")
  @APIResponse(responseCode = "200", description = "The moratoria, soonest expiry first",
      content = @Content(schema = @Schema(implementation = Moratoria.class)))
  @APIResponse(responseCode = "400", description = "A parameter is malformed",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response expiring(@Context Request request,
      @Parameter(description = "ISO-8601 period, e.g. P30D (default)") @QueryParam("within") String within,
      @Parameter(description = "the day to look from, default today (UTC)") @QueryParam("asOf") String asOf) {
    LocalDate from = day(asOf);
    Period period = period(within);
    LocalDate until = from.plus(period);
    MoratoriumClock.InForce inForce = clock.inForceAt(from);
    return responses.ok(request, inForce.stamp(),
        "moratoria/expiring\n" + from + "\n" + period, () -> new Moratoria(
            inForce.moratoria().stream()
                .filter(m -> m.expectedExpiry() != null && !m.expectedExpiry().isBefore(from)
                    && !m.expectedExpiry().isAfter(until))
                .sorted(Comparator.comparing(MoratoriumView::expectedExpiry))
                .toList()));
  }

  private LocalDate day(String asOf) {
    return Params.date("asOf", asOf).orElse(LocalDate.now(wallClock));
  }

  private static Period period(String within) {
    if (within == null || within.isBlank()) {
      return Period.ofDays(30);
    }
    try {
      Period p = Period.parse(within.trim());
      if (p.isNegative() || p.isZero()) {
        throw ApiException.badRequest("within must be a positive period, got '" + within + "'");
      }
      return p;
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          "within must be an ISO-8601 period such as P30D or P3M, got '" + within + "'");
    }
  }

  @Schema(name = "Moratoria")
  public record Moratoria(List<MoratoriumView> items) {}
}
