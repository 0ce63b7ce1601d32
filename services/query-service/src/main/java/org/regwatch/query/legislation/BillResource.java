package org.regwatch.query.legislation;

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
import org.regwatch.events.LegislationStatus;
import org.regwatch.query.api.ETags;
import org.regwatch.query.api.Params;
import org.regwatch.query.api.Problem;
import org.regwatch.query.developments.DevelopmentEntity;
import org.regwatch.query.statusboard.Lineage;

@Path("/api/bills")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "legislation", description = "Bills and ordinances through their stages")
public class BillResource {

  private final ETags etags;

  public BillResource(ETags etags) {
    this.etags = etags;
  }

  @GET
  @Transactional
  @Operation(summary = "Bills and ordinances with their stage progression, most recent first")
  @APIResponse(responseCode = "200", description = "The bills",
      content = @Content(schema = @Schema(implementation = Bills.class)))
  @APIResponse(responseCode = "400", description = "A parameter is malformed",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response bills(@Context Request request,
      @Parameter(description = "e.g. 'US federal', 'San Francisco'") @QueryParam("jurisdiction") String jurisdiction,
      @Parameter(description = "the acting body, e.g. 'US Congress'") @QueryParam("actor") String actor,
      @Parameter(description = "proposed, advancing, enacted or failed") @QueryParam("stage") String stage) {
    Optional<String> where = Params.text(jurisdiction).map(Lineage::norm);
    Optional<String> who = Params.text(actor).map(Lineage::norm);
    Optional<String> wanted =
        Params.enumValue("stage", stage, LegislationStatus.class).map(LegislationStatus::json);
    List<DevelopmentEntity> rows = DevelopmentEntity.list("kind in ('legislation', 'ban')");
    List<BillView> bills = Lineage.group(rows, d -> List.of(d.actorKey, Lineage.norm(d.jurisdiction),
            d.subjectKey, Lineage.norm(d.scope))).stream()
        .filter(l -> who.map(a -> a.equals(l.key().get(0))).orElse(true))
        .filter(l -> where.map(j -> j.equals(l.key().get(1))).orElse(true))
        .map(BillResource::view)
        .filter(b -> wanted.map(s -> s.equals(b.stage())).orElse(true))
        .toList();
    return etags.ok(request, new Bills(bills));
  }

  static BillView view(Lineage lineage) {
    DevelopmentEntity latest = lineage.latest();
    return new BillView(latest.actor, latest.jurisdiction, latest.technology, latest.scope,
        latest.status, latest.occurredAt,
        lineage.developments().stream()
            .map(d -> new BillView.Stage(d.status, d.kind, d.occurredAt, d.id, d.title, d.sourceCount))
            .toList());
  }

  @Schema(name = "Bills")
  public record Bills(List<BillView> items) {}
}
