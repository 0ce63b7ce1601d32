package org.regwatch.query.developments;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * A report's identity and its place in the grouping order: occurred-at, then article id, then
 * position in the article. Every part comes from the events themselves, never from when they
 * arrived, which is what makes grouping independent of arrival order.
 */
record Report(LocalDate occurredAt, String articleId, int devIndex) implements Comparable<Report> {

  static final Comparator<Report> ORDER = Comparator.comparing(Report::occurredAt)
      .thenComparing(Report::articleId).thenComparingInt(Report::devIndex);

  static Report of(SourceFacts s) {
    return new Report(s.occurredAt(), s.articleId(), s.devIndex());
  }

  @Override
  public int compareTo(Report o) {
    return ORDER.compare(this, o);
  }
}
