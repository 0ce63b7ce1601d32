package org.regwatch.query.developments;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.query.api.Params;

@Path("/api/developments/stream")
@Tag(name = "developments")
public class DevelopmentStreamResource {

  private final DevelopmentChanges changes;

  public DevelopmentStreamResource(DevelopmentChanges changes) {
    this.changes = changes;
  }

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RestStreamElementType(MediaType.APPLICATION_JSON)
  @Operation(summary = "Server-sent events: one notice per development change, as it commits")
  public Multi<DevelopmentChange> stream(
      @Parameter(description = "actor, case-insensitive") @QueryParam("actor") String actor,
      @Parameter(description = "development kind") @QueryParam("kind") String kind,
      @Parameter(description = "development status") @QueryParam("status") String status) {
    // Parsed before subscribing, so that a bad parameter is a 400 problem, not a broken stream.
    Optional<String> a = Params.text(actor).map(s -> s.toLowerCase(Locale.ROOT));
    Optional<String> k = Params.enumValue("kind", kind, DevelopmentKind.class).map(DevelopmentKind::json);
    Optional<String> st =
        Params.enumValue("status", status, DevelopmentStatus.class).map(DevelopmentStatus::json);
    return changes.stream().select().where(c ->
        ("removed".equals(c.change()) && a.isEmpty() && k.isEmpty() && st.isEmpty())
            || (a.map(x -> c.actor() != null && x.equals(c.actor().toLowerCase(Locale.ROOT))).orElse(true)
                && k.map(x -> x.equals(c.kind())).orElse(true)
                && st.map(x -> x.equals(c.status())).orElse(true)));
  }
}
