package org.regwatch.query.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON a receiver gets: {type, timestamp, data}, per the Standard Webhooks payload shape. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertPayload(String type, Instant timestamp, Data data) {

  public static final String TYPE = "development.changed";

  public record Data(Development development, StatusChange change, List<Source> sources,
      List<Quote> evidence) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Development(String id, String kind, String status, String actor,
      String technology, String product, String scope, String jurisdiction, String title,
      String duration, LocalDate occurredAt, LocalDate effectiveDate, LocalDate expiryDate,
      double confidence, int sourceCount, int version) {}

  /** from is null for a development whose lineage had no earlier status. */
  public record StatusChange(String from, String to) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Source(String articleId, String url, String title, Instant published) {}

  public record Quote(String articleId, JsonNode spans) {}
}
