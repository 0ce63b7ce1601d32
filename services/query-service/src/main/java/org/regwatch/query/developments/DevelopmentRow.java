package org.regwatch.query.developments;

import java.time.LocalDate;

/** What the grouping rule needs to know of an existing development. */
public record DevelopmentRow(
    String id,
    String product,
    String scope,
    String jurisdiction,
    String duration,
    LocalDate occurredAt,
    int[] signature) {}
