package org.regwatch.query.rebuild;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.regwatch.query.api.ApiException;
import org.regwatch.query.security.Roles;

/** Operator command: rebuild the read models from the topics (see {@link Rebuilder}). */
@Path("/api/admin/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "admin")
public class RebuildResource {

  private final Rebuilder rebuilder;

  public RebuildResource(Rebuilder rebuilder) {
    this.rebuilder = rebuilder;
  }

  @POST
  @Operation(summary = "Replay both topics from offset 0 into fresh tables and swap them in")
  @APIResponse(responseCode = "202", description = "started; follow the Location for progress")
  @APIResponse(responseCode = "409", description = "a rebuild is already running")
  public Response start() {
    if (!rebuilder.start()) {
      throw new ApiException(409, "Conflict",
          "a rebuild is already running; GET /api/admin/rebuild shows its progress");
    }
    return Response.accepted(rebuilder.status()).location(URI.create("/api/admin/rebuild"))
        .build();
  }

  @GET
  @Operation(summary = "Progress of the running rebuild, else the outcome of the last one")
  public RebuildStatus status() {
    return rebuilder.status();
  }
}
