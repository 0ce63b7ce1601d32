package org.regwatch.query.subscriptions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A subscription as the API shows it. The secret appears only in the response that created or
 * rotated it; never again.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Subscription")
public record Subscription(
    String id,
    String subscriberId,
    String url,
    Filters filters,
    String query,
    String mode,
    boolean active,
    @Schema(description = "'enabled', or 'disabled' after a 410 or days of failures")
    String endpointStatus,
    @Schema(description = "why the endpoint was disabled")
    String statusReason,
    @Schema(description = "start of the current streak of failed deliveries")
    Instant failingSince,
    @Schema(description = "when the endpoint was disabled")
    Instant disabledAt,
    Instant createdAt,
    @Schema(description = "whsec_ secret; only in the create and rotate responses") String secret) {

  public Subscription withSecret(String newSecret) {
    return new Subscription(id, subscriberId, url, filters, query, mode, active, endpointStatus,
        statusReason, failingSince, disabledAt, createdAt, newSecret);
  }
}
