package org.regwatch.query.developments;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.query.api.ApiConfig;
import org.regwatch.query.api.ApiException;
import org.regwatch.query.api.ETags;
import org.regwatch.query.api.KeysetReader;
import org.regwatch.query.api.ListRequest;
import org.regwatch.query.api.PageParams;
import org.regwatch.query.api.Params;
import org.regwatch.query.api.Problem;

@Path("/api/developments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "developments", description = "Real-world developments, each with the articles that report it")
public class DevelopmentResource {

  private final DevelopmentRepository repository;
  private final DevelopmentMapper mapper;
  private final ETags etags;
  private final ApiConfig config;

  public DevelopmentResource(DevelopmentRepository repository, DevelopmentMapper mapper,
      ETags etags, ApiConfig config) {
    this.repository = repository;
    this.mapper = mapper;
    this.etags = etags;
    this.config = config;
  }

  @GET
  @Transactional
  @Operation(summary = "List developments with cursor pagination: most recent occurrence first, "
      + "or sorted, or searched")
  @APIResponse(responseCode = "200", description = "A page of developments",
      content = @Content(schema = @Schema(implementation = DevelopmentPage.class)))
  @APIResponse(responseCode = "400", description = "A parameter is malformed",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response list(
      @Context Request request,
      @BeanParam PageParams paging,
      @Parameter(description = "-occurredAt (default), occurredAt, -knownAt, knownAt, "
          + "relevance (only with q; the default with q)")
          @QueryParam("sort") String sort,
      @Parameter(description = "only developments this article reports") @QueryParam("article") String article,
      @Parameter(description = "actor, case-insensitive") @QueryParam("actor") String actor,
      @Parameter(description = "moratorium, legislation, ban, exit, enforcement, advocacy, policy") @QueryParam("kind") String kind,
      @Parameter(description = "announced, extended, ended, proposed, advancing, enacted, failed, demanded") @QueryParam("status") String status,
      @Parameter(description = "technology or product, e.g. 'facial recognition' or 'Rekognition'") @QueryParam("subject") String subject,
      @Parameter(description = "e.g. 'police use'") @QueryParam("scope") String scope,
      @Parameter(description = "e.g. 'US federal', 'San Francisco'") @QueryParam("jurisdiction") String jurisdiction,
      @Parameter(description = "occurred on or after this date") @QueryParam("occurredFrom") String occurredFrom,
      @Parameter(description = "occurred on or before this date") @QueryParam("occurredTo") String occurredTo) {
    ListRequest page = paging.parse(sort, DevelopmentRepository.SORTS, config);
    DevelopmentFilter filter = new DevelopmentFilter(Params.text(article), Params.text(actor),
        Params.enumValue("kind", kind, DevelopmentKind.class),
        Params.enumValue("status", status, DevelopmentStatus.class),
        Params.text(subject), Params.text(scope), Params.text(jurisdiction),
        Params.date("occurredFrom", occurredFrom), Params.date("occurredTo", occurredTo), page);
    return etags.ok(request,
        KeysetReader.page(repository.list(filter), page.size(), page.sort(), mapper::summary));
  }

  @GET
  @Path("/{id}")
  @Transactional
  @Operation(summary = "One development with its sources (articles and evidence) and its history")
  @APIResponse(responseCode = "200", description = "The development",
      content = @Content(schema = @Schema(implementation = DevelopmentView.class)))
  @APIResponse(responseCode = "404", description = "No such development",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response get(@Context Request request, @PathParam("id") String id) {
    DevelopmentEntity d = repository.find(id)
        .orElseThrow(() -> ApiException.notFound("no development with id '" + id + "'"));
    return etags.ok(request, mapper.detail(d, repository.sources(id), repository.history(id)));
  }

  /** For the OpenAPI document only. */
  @Schema(name = "DevelopmentPage")
  public record DevelopmentPage(List<DevelopmentView> items, String nextCursor) {}
}
