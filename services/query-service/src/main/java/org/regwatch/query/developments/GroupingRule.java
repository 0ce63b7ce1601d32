package org.regwatch.query.developments;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a report joins an existing development. Candidates share the report's kind,
 * status, actor and technology (the database query selects them); then:
 *
 * <ol>
 *   <li>their occurred-at dates lie within {@link #WINDOW_DAYS} days of each other;
 *   <li>no detail contradicts: product, scope or jurisdiction, when both sides name one, agree;
 *       so do the bill's number and its title ({@link BillNames}: two bills of one legislature
 *       on one subject stay two developments);
 *   <li>the texts confirm it: the MinHash similarity of title + evidence reaches {@link
 *       #MIN_SIMILARITY} — or, with an actor named, scope and duration both agree, which is what
 *       lets paraphrases with few shared words ("halts … for one year" / "blocks … for twelve
 *       months") join.
 * </ol>
 *
 * Among several acceptable candidates the most similar wins (then the earliest, then the id), so
 * the choice does not depend on the order rows come back in.
 */
public final class GroupingRule {

  public static final int WINDOW_DAYS = 14;
  public static final double MIN_SIMILARITY = 0.12;
  /** Without an actor the structure says little: ask the texts for more. */
  public static final double MIN_SIMILARITY_WITHOUT_ACTOR = 0.3;

  private GroupingRule() {}

  public static Optional<DevelopmentRow> bestMatch(SourceFacts source, List<DevelopmentRow> candidates) {
    return candidates.stream()
        .filter(c -> accepts(source, c))
        .max(Comparator.<DevelopmentRow>comparingDouble(
                c -> MinHash.similarity(source.signature(), c.signature()))
            .thenComparing(DevelopmentRow::occurredAt, Comparator.reverseOrder())
            .thenComparing(DevelopmentRow::id, Comparator.reverseOrder()));
  }

  public static boolean accepts(SourceFacts source, DevelopmentRow candidate) {
    long days = Math.abs(ChronoUnit.DAYS.between(source.occurredAt(), candidate.occurredAt()));
    if (days > WINDOW_DAYS) {
      return false;
    }
    var d = source.development();
    if (contradicts(d.product(), candidate.product())
        || contradicts(d.scope(), candidate.scope())
        || contradicts(d.jurisdiction(), candidate.jurisdiction())
        || BillNames.contradict(BillNames.numberOf(d.bill()), BillNames.titleOf(d.bill()),
            candidate.billNumber(), candidate.billTitle())) {
      return false;
    }
    double similarity = MinHash.similarity(source.signature(), candidate.signature());
    if (source.actorKey().isEmpty()) {
      return similarity >= MIN_SIMILARITY_WITHOUT_ACTOR;
    }
    return similarity >= MIN_SIMILARITY
        || agrees(d.scope(), candidate.scope()) && agrees(d.duration(), candidate.duration());
  }

  private static boolean agrees(String a, String b) {
    return a != null && b != null && !a.isBlank() && a.equalsIgnoreCase(b);
  }

  private static boolean contradicts(String a, String b) {
    return a != null && b != null && !a.isBlank() && !b.isBlank() && !a.equalsIgnoreCase(b);
  }
}
