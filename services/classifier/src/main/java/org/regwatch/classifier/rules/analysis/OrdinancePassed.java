package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * An ordinance or by-law that is passed or adopted is in force (round 26, docs/rules.md
 * "Legislation stages the judge missed"): a council votes its ordinances alone, so "The
 * ordinance, adopted on July 21, allows police to …" or "the by-law passed 9-2" is the last vote,
 * even when the sentence names no council (domain.md: a city council ban that passed is enacted).
 * The noun must stand close before the verb (its subject, with at most a short insert such as a
 * date or "authored by …") or right after it (its object). A step of several ("passed its first
 * reading", "cleared a committee") is read before this check and stays advancing.
 */
final class OrdinancePassed {

  private OrdinancePassed() {}

  private static final Set<String> ORDINANCES = Set.of("ordinance", "ordinances", "by-law", "by-laws",
      "bylaw", "bylaws");
  /** Words that make the ordinance someone else's or still a draft: "a proposed ordinance". */
  private static final Set<String> PENDING = Set.of("proposed", "draft", "pending", "would");

  static boolean named(Tokens t, int sentenceFirst, int sentenceLast, Mention trig) {
    for (int i = Math.max(sentenceFirst, trig.tokStart() - 12); i < trig.tokStart(); i++) {
      if (ORDINANCES.contains(t.lower(i)) && !pendingBefore(t, sentenceFirst, i)) {
        return true;
      }
    }
    for (int i = trig.tokEnd(); i < Math.min(sentenceLast, trig.tokEnd() + 3); i++) {
      if (ORDINANCES.contains(t.lower(i)) && !pendingBefore(t, sentenceFirst, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean pendingBefore(Tokens t, int first, int noun) {
    for (int i = Math.max(first, noun - 2); i < noun; i++) {
      if (PENDING.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
