package org.regwatch.classifier.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.regwatch.apikeys.OperatorRole;
import org.regwatch.classifier.pipeline.retag.RetagStatus;
import org.regwatch.classifier.pipeline.retag.Retagger;

/**
 * Operator command to re-tag history through the current rule packs. Starting a replay needs an
 * operator key (it republishes every classification); its progress is public, like other reads.
 */
@Path("/api/retag")
@Tag(name = "retag", description = "Replay the articles topic through the current rule packs")
public class RetagResource {

  private final Retagger retagger;

  public RetagResource(Retagger retagger) {
    this.retagger = retagger;
  }

  @RolesAllowed(OperatorRole.NAME)
  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start re-tagging",
      description =
          "Replays regwatch.articles from offset 0 up to its current end through the current rule"
              + " packs and publishes new classifications, in the background. Poll GET for progress.")
  @APIResponse(
      responseCode = "202",
      description = "Started",
      content = @Content(schema = @Schema(implementation = RetagStatus.class)))
  @APIResponse(
      responseCode = "401",
      description = "No API key, or a key that is not an operator key",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "A replay is already running",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response start(@Context UriInfo uri) {
    RetagStatus started =
        retagger
            .start()
            .orElseThrow(
                () ->
                    new ProblemException(
                        409, "retag-running", "Re-tagging already running",
                        "a replay is in progress (" + retagger.status().done() + " of "
                            + retagger.status().total() + " records); wait for it to finish"));
    return Response.accepted(started).location(uri.getRequestUri()).build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Progress of the last re-tagging replay")
  @APIResponse(
      responseCode = "200",
      description = "Status",
      content = @Content(schema = @Schema(implementation = RetagStatus.class)))
  public RetagStatus status() {
    return retagger.status();
  }
}
