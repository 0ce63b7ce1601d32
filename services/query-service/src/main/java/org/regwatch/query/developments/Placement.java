package org.regwatch.query.developments;

import java.time.LocalDate;
import java.util.List;

/**
 * Where one report (an article's development at {@code devIndex}) sits today: its development,
 * that development's grouping key, and the report's occurred-at date (its place in the grouping
 * order).
 */
record Placement(String articleId, int devIndex, String developmentId, List<String> key,
    LocalDate occurredAt) {

  Report report() {
    return new Report(occurredAt, articleId, devIndex);
  }
}
