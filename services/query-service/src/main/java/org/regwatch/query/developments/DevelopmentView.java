package org.regwatch.query.developments;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.regwatch.query.articles.ArticleView;

/** A development as the API shows it: one real-world event with the articles that report it. */
@Schema(name = "Development")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DevelopmentView(
    String id,
    String kind,
    String status,
    String actor,
    String technology,
    String product,
    String scope,
    String jurisdiction,
    String duration,
    LocalDate effectiveDate,
    LocalDate expiryDate,
    @Schema(description = "when it happened: the effective date from the text, else the first report's publication date")
        LocalDate occurredAt,
    @Schema(description = "when the first report of it reached us") Instant knownAt,
    String title,
    double confidence,
    int sourceCount,
    int version,
    Instant updatedAt,
    @Schema(description = "legislation: the bill or ordinance its sources name (the founder's, "
        + "else the first source naming one); absent when none does") BillName bill,
    @Schema(description = "only in GET /api/developments/{id}") List<Source> sources,
    @Schema(description = "only in GET /api/developments/{id}") List<Change> history) {

  @Schema(name = "DevelopmentBill")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record BillName(String number, String title) {
    static BillName of(String number, String title) {
      return number == null && title == null ? null : new BillName(number, title);
    }
  }

  @Schema(name = "DevelopmentSource")
  public record Source(
      String articleId,
      String feedId,
      String url,
      String title,
      Instant published,
      Instant firstSeenAt,
      LocalDate occurredAt,
      boolean headline,
      double confidence,
      List<ArticleView.EvidenceView> evidence) {}

  @Schema(name = "DevelopmentChange")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Change(
      int seq, Instant at, String change, String articleId, String field, String oldValue,
      String newValue) {}
}
