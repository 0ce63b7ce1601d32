package org.regwatch.query.legislation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bill, ordinance or regulation followed through its stages. The event contract names no bill
 * (no title or number), so a bill is identified by who acts, where, on what and for which scope.
 */
@Schema(name = "Bill")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BillView(
    String actor,
    String jurisdiction,
    String subject,
    String scope,
    @Schema(description = "proposed, advancing, enacted or failed: the latest stage") String stage,
    LocalDate since,
    List<Stage> stages) {

  @Schema(name = "BillStage")
  public record Stage(String status, String kind, LocalDate occurredAt, String developmentId,
      String title, int sourceCount) {}
}
