package org.regwatch.query.articles;

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
import org.regwatch.events.LegislationStatus;
import org.regwatch.events.MoratoriumStatus;
import org.regwatch.query.api.ApiConfig;
import org.regwatch.query.api.ApiException;
import org.regwatch.query.api.ETags;
import org.regwatch.query.api.KeysetReader;
import org.regwatch.query.api.ListRequest;
import org.regwatch.query.api.PageParams;
import org.regwatch.query.api.Params;
import org.regwatch.query.api.Problem;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles", description = "Articles with their labels, developments and evidence")
public class ArticleResource {

  private final ArticleRepository repository;
  private final ArticleMapper mapper;
  private final ETags etags;
  private final ApiConfig config;

  public ArticleResource(
      ArticleRepository repository, ArticleMapper mapper, ETags etags, ApiConfig config) {
    this.repository = repository;
    this.mapper = mapper;
    this.etags = etags;
    this.config = config;
  }

  @GET
  @Transactional
  @Operation(summary = "List articles with cursor pagination: newest first, or sorted, or searched")
  @APIResponse(responseCode = "200", description = "A page of articles",
      content = @Content(schema = @Schema(implementation = ArticlePage.class)))
  @APIResponse(responseCode = "400", description = "A parameter is malformed",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response list(
      @Context Request request,
      @BeanParam PageParams paging,
      @Parameter(description = "-published (default: newest first; publication time, else first seen), "
          + "published, firstSeen, -firstSeen, relevance (only with q; the default with q)")
          @QueryParam("sort") String sort,
      @Parameter(description = "feed id") @QueryParam("feed") String feed,
      @Parameter(description = "a feed tag") @QueryParam("tag") String tag,
      @Parameter(description = "true or false") @QueryParam("relevant") String relevant,
      @Parameter(description = "announced, extended, ended or none") @QueryParam("moratorium") String moratorium,
      @Parameter(description = "proposed, advancing, enacted, failed or none") @QueryParam("legislation") String legislation,
      @Parameter(description = "an actor of the labels or of a development, case-insensitive") @QueryParam("actor") String actor,
      @Parameter(description = "published at or after: date or instant") @QueryParam("publishedFrom") String publishedFrom,
      @Parameter(description = "published before (a date includes that day)") @QueryParam("publishedTo") String publishedTo) {
    ListRequest page = paging.parse(sort, ArticleRepository.SORTS, config);
    ArticleFilter filter = new ArticleFilter(
        Params.text(feed), Params.text(tag), Params.bool("relevant", relevant),
        Params.enumValue("moratorium", moratorium, MoratoriumStatus.class),
        Params.enumValue("legislation", legislation, LegislationStatus.class),
        Params.text(actor), Params.from("publishedFrom", publishedFrom),
        Params.to("publishedTo", publishedTo), page);
    return etags.ok(request,
        KeysetReader.page(repository.list(filter), page.size(), page.sort(), mapper::toView));
  }

  @GET
  @Path("/{id}")
  @Transactional
  @Operation(summary = "One article with its labels, developments and evidence")
  @APIResponse(responseCode = "200", description = "The article",
      content = @Content(schema = @Schema(implementation = ArticleView.class)))
  @APIResponse(responseCode = "404", description = "No such article",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response get(@Context Request request, @PathParam("id") String id) {
    ArticleEntity article = repository.find(id)
        .orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
    return etags.ok(request, mapper.toView(article));
  }

  /** For the OpenAPI document only: a generic Page has no concrete schema. */
  @Schema(name = "ArticlePage")
  public record ArticlePage(List<ArticleView> items, String nextCursor) {}
}
