package org.regwatch.query.articles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as the API shows it: metadata from the poller, labels from the classifier. */
@Schema(name = "Article")
public record ArticleView(
    String id,
    String feedId,
    String url,
    String title,
    String summary,
    Instant published,
    Instant firstSeenAt,
    List<String> tags,
    String contentHash,
    @Schema(description = "null until the classifier's verdict has arrived") Classification classification,
    List<DevelopmentView> developments) {

  @Schema(name = "ArticleClassification")
  public record Classification(
      boolean relevant,
      String moratorium,
      String legislation,
      List<String> actors,
      String subjectTech,
      List<String> rulePacks,
      Instant classifiedAt,
      @Schema(description = "false when the classification was made on an older version of the text")
          boolean current,
      String language,
      String note,
      boolean truncated) {}

  @Schema(name = "ArticleDevelopment")
  public record DevelopmentView(
      String kind,
      String status,
      boolean headline,
      String actor,
      String technology,
      String product,
      String scope,
      String jurisdiction,
      String duration,
      LocalDate effectiveDate,
      LocalDate expiryDate,
      double confidence,
      List<EvidenceView> evidence) {}

  @Schema(name = "Evidence", description = "[start, end) in UTF-16 units of the article's title or text")
  public record EvidenceView(String field, int start, int end, String quote) {}
}
