package org.regwatch.query.statusboard;

import jakarta.transaction.Transactional;
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
import org.regwatch.query.api.ETags;
import org.regwatch.query.api.Params;
import org.regwatch.query.developments.DevelopmentEntity;
import org.regwatch.query.moratoria.Durations;
import org.regwatch.query.moratoria.Lapses;
import org.regwatch.query.moratoria.MoratoriumView;

@Path("/api/status-board")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "status board", description = "Current status per actor × subject × scope, with timelines")
public class StatusBoardResource {

  private final ETags etags;
  private final Lapses lapses;

  public StatusBoardResource(ETags etags, Lapses lapses) {
    this.etags = etags;
    this.lapses = lapses;
  }

  @GET
  @Transactional
  @Operation(summary = "Current status per actor × subject × scope, most recently changed first")
  @APIResponse(responseCode = "200", description = "The board",
      content = @Content(schema = @Schema(implementation = Board.class)))
  public Response board(
      @Context Request request,
      @Parameter(description = "actor, case-insensitive") @QueryParam("actor") String actor,
      @Parameter(description = "technology or product") @QueryParam("subject") String subject) {
    Optional<String> actorKey = Params.text(actor).map(Lineage::norm);
    Optional<String> subjectKey = Params.text(subject).map(Lineage::norm);
    // Demands (advocacy) are not a status of the one they target.
    List<DevelopmentEntity> rows = DevelopmentEntity.list("kind <> 'advocacy'");
    List<Lineage> lineages = Lineage.group(rows,
            d -> List.of(d.actorKey, d.subjectKey, Lineage.norm(d.scope))).stream()
        .filter(l -> actorKey.map(a -> a.equals(l.key().get(0))).orElse(true))
        .filter(l -> subjectKey.map(s -> s.equals(l.key().get(1))
            || l.developments().stream().anyMatch(d -> s.equals(Lineage.norm(d.product))))
            .orElse(true))
        .toList();
    Set<Lapses.Lapse> lapsed = lapses.of(lineages.stream().map(l -> l.latest().id).toList());
    List<StatusBoardEntry> entries = lineages.stream().map(l -> entry(l, lapsed)).toList();
    return etags.ok(request, new Board(entries));
  }

  static StatusBoardEntry entry(Lineage lineage, Set<Lapses.Lapse> lapsed) {
    DevelopmentEntity latest = lineage.latest();
    Optional<LocalDate> expiry = Durations.expectedExpiry(latest);
    String product = lineage.developments().stream().map(d -> d.product)
        .filter(p -> p != null).reduce((a, b) -> b).orElse(null);
    return new StatusBoardEntry(latest.actor, latest.technology, product, latest.scope,
        new StatusBoardEntry.Status(latest.kind, latest.status, latest.duration,
            latest.occurredAt, expiry.orElse(null), latest.id, state(latest, expiry, lapsed)),
        lineage.developments().stream()
            .map(d -> new StatusBoardEntry.Step(d.id, d.kind, d.status, d.occurredAt, d.duration,
                d.title, d.sourceCount))
            .toList());
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
