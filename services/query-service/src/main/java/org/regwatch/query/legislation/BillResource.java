package org.regwatch.query.legislation;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.regwatch.query.api.ApiConfig;
import org.regwatch.query.api.ApiException;
import org.regwatch.query.api.Cursor;
import org.regwatch.query.api.ETags;
import org.regwatch.query.api.Params;
import org.regwatch.query.api.Problem;
import org.regwatch.query.api.SortKey;

@Path("/api/bills")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "legislation", description = "Bills and ordinances through their stages")
public class BillResource {

  /** The one order bills are listed in; a cursor names it like the other listings' cursors. */
  static final SortKey ORDER = SortKey.descending("-since", "since", "date");

  private final BillTracker tracker;
  private final ETags etags;
  private final ApiConfig config;

  public BillResource(BillTracker tracker, ETags etags, ApiConfig config) {
    this.tracker = tracker;
    this.etags = etags;
    this.config = config;
  }

  @GET
  @Transactional
  @Operation(summary = "Bills and ordinances with their stage progression, most recently moved "
      + "first (date of the latest stage, then id)")
  @APIResponse(responseCode = "200", description = "A page of bills; follow nextCursor",
      content = @Content(schema = @Schema(implementation = BillPage.class)))
  @APIResponse(responseCode = "400", description = "A parameter is malformed",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response bills(@Context Request request, @Context UriInfo uri,
      @Parameter(description = "any actor on the bill's way, e.g. 'California Legislature'")
          @QueryParam("actor") String actor,
      @Parameter(description = "e.g. 'California', 'US federal', 'San Francisco'")
          @QueryParam("jurisdiction") String jurisdiction,
      @Parameter(description = "current stage: proposed, advancing, enacted or failed")
          @QueryParam("stage") String stage,
      @Parameter(description = "part of the number ('AB 642', '642') or of the title, "
          + "case and punctuation ignored; 1..500 characters") @QueryParam("q") String q,
      @Parameter(description = "page size, 1..max (default 20)") @QueryParam("limit") String limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor")
          String cursor) {
    // "?q=" must be a 400, not "no search": some stacks hand an empty value over as null
    String query = q == null && uri.getQueryParameters().containsKey("q") ? "" : q;
    BillFilter filter = BillFilter.parse(actor, jurisdiction, stage, query);
    int size = Params.limit(limit, config);
    Optional<Position> after = Params.text(cursor).map(BillResource::position);
    List<TrackedBill> matching = tracker.all().stream().filter(filter::test)
        .filter(b -> after.map(p -> p.before(b)).orElse(true))
        .limit(size + 1L).toList();
    List<TrackedBill> page = matching.subList(0, Math.min(size, matching.size()));
    String next = matching.size() > size ? position(page.get(page.size() - 1)) : null;
    return etags.ok(request, new BillPage(tracker.views(page), next));
  }

  @GET
  @Path("{id}")
  @Transactional
  @Operation(summary = "One bill with its stage progression and the articles behind each stage")
  @APIResponse(responseCode = "200", description = "The bill",
      content = @Content(schema = @Schema(implementation = BillView.class)))
  @APIResponse(responseCode = "308", description = "The bill now has another id (it was known by"
      + " its title or its sponsor until an article named its number); Location gives it")
  @APIResponse(responseCode = "404", description = "No such bill",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response bill(@Context Request request, @PathParam("id") String id) {
    Optional<TrackedBill> bill = tracker.byId(id);
    if (bill.isPresent()) {
      return etags.ok(request, tracker.views(List.of(bill.get())).get(0));
    }
    // a bill first known by its title or by who proposed it takes its number's id once an
    // article names that: links readers kept must still lead to it
    return tracker.movedTo(id)
        .map(now -> Response.status(Response.Status.PERMANENT_REDIRECT)
            .location(URI.create("/api/bills/" + now)).build())
        .orElseThrow(() -> ApiException.notFound("no bill " + id));
  }

  /** Where the previous page ended, in {@link BillTracker#ORDER}. */
  private record Position(LocalDate since, String id) {
    boolean before(TrackedBill b) {
      int c = b.since().compareTo(since);
      return c < 0 || c == 0 && b.id().compareTo(id) < 0;
    }
  }

  private static String position(TrackedBill last) {
    return new Cursor(ORDER.name(), last.since().toString(), last.id()).encode();
  }

  private static Position position(String raw) {
    Cursor cursor = Cursor.decode(raw, ORDER);
    try {
      return new Position(LocalDate.parse(cursor.key()), cursor.id());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          "cursor is not one this API issued; use the nextCursor of a previous page");
    }
  }

  @Schema(name = "BillPage", description = "A page of bills; follow nextCursor until it is null")
  public record BillPage(List<BillView> items, String nextCursor) {}
}
