package org.regwatch.classifier.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.regwatch.apikeys.OperatorRole;
import org.regwatch.classifier.pipeline.PipelineMetrics;
import org.regwatch.classifier.rules.ArticleClassifier;
import org.regwatch.classifier.rules.ArticleText;
import org.regwatch.classifier.rules.Classification;
import org.regwatch.events.Development;
import org.regwatch.events.Evidence;

/**
 * Lets an operator try the current rule packs on a text, without publishing anything. Runs on a
 * worker thread (classification is CPU work and the body is read as a blocking stream). Operator
 * only although it changes nothing: each call costs up to a MiB of parsing and rule matching on
 * the cores that classify the live stream, so an open endpoint would let anyone slow the pipeline.
 */
@Path("/api/classify")
@Tag(name = "classify", description = "Try the rule packs on a text")
public class ClassifyResource {

  private static final Logger LOG = Logger.getLogger(ClassifyResource.class);

  private final ArticleClassifier classifier;
  private final ObjectMapper mapper;
  private final ApiConfig config;
  private final Highlighter highlighter;
  private final PipelineMetrics metrics;

  public ClassifyResource(
      ArticleClassifier classifier,
      ObjectMapper mapper,
      ApiConfig config,
      Highlighter highlighter,
      PipelineMetrics metrics) {
    this.classifier = classifier;
    this.mapper = mapper;
    this.config = config;
    this.highlighter = highlighter;
    this.metrics = metrics;
  }

  @RolesAllowed(OperatorRole.NAME)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Classify a text",
      description =
          "Returns the article-level labels and every development found, each with its evidence"
              + " spans shown in context. Nothing is published.")
  @RequestBody(
      required = true,
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClassifyRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The classification",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClassifyResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Not JSON, no text, or an invalid published date",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "500",
      description = "The rule engine failed on this text",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description = "No API key, or a key that is not an operator key",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "413",
      description = "Body larger than regwatch.classifier.api.max-body-bytes (1 MiB by default)",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public ClassifyResponse classify(InputStream body) {
    ClassifyRequest request = parse(readBounded(body));
    if (request.text() == null || request.text().isBlank()) {
      throw ProblemException.badRequest("missing-text", "text is required and must not be blank");
    }
    LocalDate published = PublishedDate.parse(request.published());
    String title = request.title() == null ? "" : request.title();

    long start = System.nanoTime();
    Classification classification;
    try {
      classification = classifier.classify(new ArticleText(title, request.text(), published));
    } catch (RuntimeException | StackOverflowError e) {
      // The engine promises not to throw; if a rule does anyway, the operator gets a problem
      // document naming it rather than a bare 500 page.
      LOG.error("the rule engine failed on a posted text", e);
      throw new ProblemException(500, "classification-failed", "Classification failed", "the rule engine failed on this text: " + e);
    }
    metrics.classificationTook(Duration.ofNanos(System.nanoTime() - start), PipelineMetrics.API);

    List<DevelopmentView> developments = new ArrayList<>();
    for (Development development : classification.developments()) {
      List<Highlight> highlights = new ArrayList<>();
      for (Evidence evidence : development.evidence()) {
        highlights.add(highlighter.highlight(evidence, title, request.text()));
      }
      developments.add(new DevelopmentView(development, highlights));
    }
    return new ClassifyResponse(
        classification.labels(),
        developments,
        classification.language(),
        classification.note(),
        classification.truncated(),
        classification.rulePacks());
  }

  /** Reads at most the limit plus one byte, so that an oversized body is refused, not buffered. */
  private byte[] readBounded(InputStream body) {
    int limit = config.maxBodyBytes();
    try {
      byte[] bytes = body == null ? new byte[0] : body.readNBytes(limit + 1);
      if (bytes.length > limit) {
        throw new ProblemException(
            413, "body-too-large", "Request body too large",
            "the request body exceeds the limit of " + limit + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ClassifyRequest parse(byte[] bytes) {
    if (bytes.length == 0) {
      throw ProblemException.badRequest("missing-body", "a JSON object with a text field is required");
    }
    try {
      ClassifyRequest request = mapper.readValue(bytes, ClassifyRequest.class);
      if (request == null) {
        throw ProblemException.badRequest("missing-body", "a JSON object with a text field is required");
      }
      return request;
    } catch (JsonProcessingException e) {
      throw ProblemException.badRequest("malformed-json", "the body is not a valid JSON object: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
