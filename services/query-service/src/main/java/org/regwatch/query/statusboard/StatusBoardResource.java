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
import java.util.List;
import java.util.Optional;
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

@Path("/api/status-board")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "status board", description = "Current status per actor × subject × scope, with timelines")
public class StatusBoardResource {

  private final ETags etags;

  public StatusBoardResource(ETags etags) {
    this.etags = etags;
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
    List<StatusBoardEntry> entries = Lineage.group(rows,
            d -> List.of(d.actorKey, d.subjectKey, Lineage.norm(d.scope))).stream()
        .filter(l -> actorKey.map(a -> a.equals(l.key().get(0))).orElse(true))
        .filter(l -> subjectKey.map(s -> s.equals(l.key().get(1))
            || l.developments().stream().anyMatch(d -> s.equals(Lineage.norm(d.product))))
            .orElse(true))
        .map(StatusBoardResource::entry)
        .toList();
    return etags.ok(request, new Board(entries));
  }

  static StatusBoardEntry entry(Lineage lineage) {
    DevelopmentEntity latest = lineage.latest();
    String product = lineage.developments().stream().map(d -> d.product)
        .filter(p -> p != null).reduce((a, b) -> b).orElse(null);
    return new StatusBoardEntry(latest.actor, latest.technology, product, latest.scope,
        new StatusBoardEntry.Status(latest.kind, latest.status, latest.duration,
            latest.occurredAt, Durations.expectedExpiry(latest).orElse(null), latest.id),
        lineage.developments().stream()
            .map(d -> new StatusBoardEntry.Step(d.id, d.kind, d.status, d.occurredAt, d.duration,
                d.title, d.sourceCount))
            .toList());
  }

  @Schema(name = "StatusBoard")
  public record Board(List<StatusBoardEntry> items) {}
}
