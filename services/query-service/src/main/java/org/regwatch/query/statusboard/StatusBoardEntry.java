package org.regwatch.query.statusboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The current status of one actor × subject × scope, with the developments that led to it. */
@Schema(name = "StatusBoardEntry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusBoardEntry(
    String actor,
    String subject,
    String product,
    String scope,
    Status current,
    @Schema(description = "the moratorium in force in this lineage, if any, also when a later "
        + "development of another kind (an official use policy, an enforcement) is the current one")
        Status moratorium,
    List<Step> timeline) {

  /**
   * @param state for a moratorium: {@code active}, {@code indefinite}, or {@code expired
   *     (unconfirmed)} once the service's lapse event for its expected expiry was recorded
   */
  @Schema(name = "Status", description = "e.g. moratorium extended, indefinite, since 2021-05-17")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Status(String kind, String status, String duration, LocalDate since,
      LocalDate expectedExpiry, String developmentId,
      @Schema(description = "moratoria only: active, indefinite, or 'expired (unconfirmed)' after "
          + "the service's lapse event; a later extension or end supersedes it")
          String state) {}

  @Schema(name = "TimelineStep")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Step(String developmentId, String kind, String status, LocalDate occurredAt,
      String duration, String title, int sourceCount) {}
}
