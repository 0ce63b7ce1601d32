package org.regwatch.query.statusboard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.regwatch.query.api.Params;
import org.regwatch.query.developments.DevelopmentEntity;
import org.regwatch.query.moratoria.Durations;
import org.regwatch.query.moratoria.Lapses;
import org.regwatch.query.moratoria.MoratoriumView;
import org.regwatch.query.readmodel.VersionedResponses;

@Path("/api/status-board")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "status board", description = "Current status per actor × subject × scope, with timelines")
public class StatusBoardResource {

  private final Lineages lineages;
  private final VersionedResponses responses;

  public StatusBoardResource(Lineages lineages, VersionedResponses responses) {
    this.lineages = lineages;
    this.responses = responses;
  }

  @GET
  @Operation(summary = "Current status per actor × subject × scope, most recently changed first")
  @APIResponse(responseCode = "200", description = "The board",
      content = @Content(schema = @Schema(implementation = Board.class)))
  public Response board(
      @Context Request request,
      @Parameter(description = "actor, case-insensitive") @QueryParam("actor") String actor,
      @Parameter(description = "technology or product") @QueryParam("subject") String subject) {
    Optional<String> actorKey = Params.text(actor).map(Lineage::norm);
    Optional<String> subjectKey = Params.text(subject).map(Lineage::norm);
    LineageSnapshot snapshot = lineages.current();
    // the board is a function of the version and the two normalised filters, nothing else
    String key = "status-board\n" + actorKey.orElse("") + "\n" + subjectKey.orElse("");
    return responses.ok(request, snapshot.stamp(), key, () -> new Board(snapshot.rows().stream()
        .filter(r -> actorKey.map(a -> a.equals(r.lineage().key().get(0))).orElse(true))
        .filter(r -> subjectKey.map(s -> s.equals(r.lineage().key().get(1))
            || r.products().contains(s)).orElse(true))
        .map(LineageSnapshot.Row::entry)
        .toList()));
  }

  static StatusBoardEntry entry(Lineage lineage, Set<Lapses.Lapse> lapsed) {
    DevelopmentEntity latest = lineage.latest();
    String product = lineage.developments().stream().map(d -> d.product)
        .filter(p -> p != null).reduce((a, b) -> b).orElse(null);
    DevelopmentEntity pause = lineage.pauseInForce(LocalDate.MAX);
    return new StatusBoardEntry(latest.actor, latest.technology, product, latest.scope,
        status(latest, lapsed), pause == null ? null : status(pause, lapsed),
        lineage.developments().stream()
            .map(d -> new StatusBoardEntry.Step(d.id, d.kind, d.status, d.occurredAt, d.duration,
                d.title, d.sourceCount))
            .toList());
  }

  private static StatusBoardEntry.Status status(DevelopmentEntity d, Set<Lapses.Lapse> lapsed) {
    Optional<LocalDate> expiry = Durations.expectedExpiry(d);
    return new StatusBoardEntry.Status(d.kind, d.status, d.duration, d.occurredAt,
        expiry.orElse(null), d.id, state(d, expiry, lapsed));
  }

  /**
   * Expired only once the lapse event says so (not merely because today is past the date): the
   * board shows what the service has stated, and an extension, being a newer development, is
   * the lineage's latest and so supersedes the lapse.
   */
  private static String state(DevelopmentEntity latest, Optional<LocalDate> expiry,
      Set<Lapses.Lapse> lapsed) {
    if (!"moratorium".equals(latest.kind) || "ended".equals(latest.status)) {
      return null;
    }
    if (expiry.isEmpty()) {
      return MoratoriumView.INDEFINITE;
    }
    return lapsed.contains(new Lapses.Lapse(latest.id, expiry.get()))
        ? MoratoriumView.EXPIRED_UNCONFIRMED : MoratoriumView.ACTIVE;
  }

  @Schema(name = "StatusBoard")
  public record Board(List<StatusBoardEntry> items) {}
}
