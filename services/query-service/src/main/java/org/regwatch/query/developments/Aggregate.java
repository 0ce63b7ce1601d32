package org.regwatch.query.developments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The facts of a development taken over all its sources. Dates and duration are the ones most
 * sources agree on (ties: the earliest date, the first-seen source's duration), so one outlet's
 * mistake is outvoted and a correction shows in the history when the majority changes.
 */
record Aggregate(
    int sourceCount,
    Instant knownAt,
    LocalDate occurredAt,
    LocalDate effectiveDate,
    LocalDate expiryDate,
    String duration,
    String title,
    double confidence,
    int[] signature,
    String billNumber,
    String billTitle) {

  static Aggregate of(List<SourceRow> sources) {
    // sources come ordered by first_seen_at: the first one is the earliest report
    SourceRow first = sources.get(0);
    LocalDate effective = mode(sources, SourceRow::effectiveDate, Comparator.naturalOrder());
    LocalDate occurred = effective != null ? effective
        : sources.stream().map(SourceRow::occurredAt).min(Comparator.naturalOrder()).orElseThrow();
    int[] signature = MinHash.empty();
    double confidence = 0;
    Instant knownAt = null;
    for (SourceRow s : sources) {
      signature = MinHash.union(signature, s.signature());
      confidence = Math.max(confidence, s.confidence());
      if (s.firstSeenAt() != null && (knownAt == null || s.firstSeenAt().isBefore(knownAt))) {
        knownAt = s.firstSeenAt();
      }
    }
    return new Aggregate(sources.size(), knownAt == null ? Instant.EPOCH : knownAt, occurred,
        effective, mode(sources, SourceRow::expiryDate, Comparator.naturalOrder()),
        mode(sources, SourceRow::duration, null), first.title() == null ? "" : first.title(),
        confidence, signature, earliest(sources, SourceRow::billNumber),
        earliest(sources, SourceRow::billTitle));
  }

  /**
   * The bill part named by the earliest source in grouping order (occurred-at, article, index):
   * the founder's when it names one — grouping lets no member name another — else the first
   * later source's that does, which is what "a later source fills the bill" means.
   */
  private static String earliest(List<SourceRow> sources, Function<SourceRow, String> part) {
    return sources.stream().filter(s -> part.apply(s) != null)
        .min(Comparator.comparing(SourceRow::occurredAt).thenComparing(SourceRow::articleId)
            .thenComparingInt(SourceRow::devIndex))
        .map(part).orElse(null);
  }

  /** [field, old, new] for each fact a reader would call a correction. */
  List<String[]> corrections(Aggregate neu) {
    List<String[]> out = new ArrayList<>();
    diff(out, "occurredAt", occurredAt, neu.occurredAt);
    diff(out, "effectiveDate", effectiveDate, neu.effectiveDate);
    diff(out, "expiryDate", expiryDate, neu.expiryDate);
    diff(out, "duration", duration, neu.duration);
    diff(out, "billNumber", billNumber, neu.billNumber);
    diff(out, "billTitle", billTitle, neu.billTitle);
    return out;
  }

  private static void diff(List<String[]> out, String field, Object a, Object b) {
    if (!Objects.equals(a, b)) {
      out.add(new String[] {field, a == null ? null : a.toString(), b == null ? null : b.toString()});
    }
  }

  /** Most frequent non-null value; ties by the comparator, or by first occurrence when null. */
  private static <T> T mode(List<SourceRow> sources, Function<SourceRow, T> field,
      Comparator<T> tieBreak) {
    Map<T, Integer> counts = new HashMap<>();
    List<T> order = new ArrayList<>();
    for (SourceRow s : sources) {
      T value = field.apply(s);
      if (value != null && counts.merge(value, 1, Integer::sum) == 1) {
        order.add(value);
      }
    }
    T best = null;
    for (T value : order) {
      if (best == null || counts.get(value) > counts.get(best)
          || counts.get(value).equals(counts.get(best)) && tieBreak != null
              && tieBreak.compare(value, best) < 0) {
        best = value;
      }
    }
    return best;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Aggregate a && sourceCount == a.sourceCount
        && Objects.equals(knownAt, a.knownAt) && Objects.equals(occurredAt, a.occurredAt)
        && Objects.equals(effectiveDate, a.effectiveDate) && Objects.equals(expiryDate, a.expiryDate)
        && Objects.equals(duration, a.duration) && Objects.equals(title, a.title)
        && Double.compare(confidence, a.confidence) == 0 && Arrays.equals(signature, a.signature)
        && Objects.equals(billNumber, a.billNumber) && Objects.equals(billTitle, a.billTitle);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourceCount, occurredAt, title) * 31 + Arrays.hashCode(signature);
  }
}
