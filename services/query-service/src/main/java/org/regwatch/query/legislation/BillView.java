package org.regwatch.query.legislation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bill, ordinance or regulation followed through its stages (proposed → advancing → enacted or
 * failed). Identified by jurisdiction + number, else jurisdiction + title; a bill no article
 * named is the lineage of one actor × jurisdiction × technology × scope ({@code identifiedBy}).
 */
@Schema(name = "Bill")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BillView(
    @Schema(description = "stable: derived from what identifies the bill") String id,
    @Schema(description = "e.g. 'AB 642', as the first article naming it writes it") String number,
    @Schema(description = "e.g. 'Facial Recognition Technology Act'") String title,
    String jurisdiction,
    @Schema(description = "number, title, or lineage (no article named the bill: actor × "
        + "jurisdiction × technology × scope)") String identifiedBy,
    @Schema(description = "who acted first, e.g. the legislature that introduced it") String actor,
    String subject,
    String scope,
    @Schema(description = "proposed, advancing, enacted or failed: the latest stage") String stage,
    @Schema(description = "when the bill reached its latest stage") LocalDate since,
    @Schema(description = "oldest first: one entry per development (a bill can advance twice, "
        + "e.g. committee, then floor)") List<Stage> stages) {

  @Schema(name = "BillStage")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Stage(String stage, String kind, LocalDate occurredAt, String developmentId,
      String headline, int sourceCount, List<Source> sources) {}

  @Schema(name = "BillSource", description = "an article that reported the stage")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Source(String articleId, String url, String title, Instant published) {}
}
