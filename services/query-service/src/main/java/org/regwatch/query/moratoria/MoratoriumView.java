package org.regwatch.query.moratoria;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A moratorium in force (as of a date) and its clock. */
@Schema(name = "Moratorium")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MoratoriumView(
    String developmentId,
    String actor,
    String subject,
    String product,
    String scope,
    String status,
    String duration,
    LocalDate since,
    LocalDate expectedExpiry,
    @Schema(description = "active, indefinite, or 'expired (unconfirmed)' when the expiry passed without news")
        String state,
    Long daysLeft) {

  public static final String ACTIVE = "active";
  public static final String INDEFINITE = "indefinite";
  public static final String EXPIRED_UNCONFIRMED = "expired (unconfirmed)";
}
