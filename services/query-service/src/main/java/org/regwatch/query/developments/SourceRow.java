package org.regwatch.query.developments;

import java.time.Instant;
import java.time.LocalDate;

/** A stored source of a development, as the aggregate needs it. */
record SourceRow(
    String articleId,
    int devIndex,
    String title,
    Instant firstSeenAt,
    LocalDate occurredAt,
    LocalDate effectiveDate,
    LocalDate expiryDate,
    String duration,
    double confidence,
    int[] signature,
    String billNumber,
    String billTitle) {}
