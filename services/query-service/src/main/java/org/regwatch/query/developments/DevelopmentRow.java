package org.regwatch.query.developments;

import java.time.LocalDate;

/**
 * What the grouping rule needs to know of an existing development.
 *
 * @param billNumber the founder's, else the first member's that names one (null: none yet)
 */
public record DevelopmentRow(
    String id,
    String product,
    String scope,
    String jurisdiction,
    String duration,
    LocalDate occurredAt,
    int[] signature,
    String billNumber,
    String billTitle) {

  /** A development that names no bill. */
  public DevelopmentRow(String id, String product, String scope, String jurisdiction,
      String duration, LocalDate occurredAt, int[] signature) {
    this(id, product, scope, jurisdiction, duration, occurredAt, signature, null, null);
  }
}
