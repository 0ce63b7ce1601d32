package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * Talks that collapse end a bill only when the bill is what was negotiated (round 27, pack
 * trigger {@code legislation-talks-collapsed}): "Senate talks on facial recognition bill collapse",
 * "bill talks broke down", "negotiations over the law fell apart" — a measure noun stands between
 * the talks and the verb, or right before the talks. Talks on a merger, a contract or a sale ("talks
 * on facial recognition merger collapse") end no law, and a bill named only after the verb ("talks
 * collapsed as the Senate weighs a bill") is another clause.
 */
final class TalksCollapsed {

  static final String TRIGGER_ID = "legislation-talks-collapsed";

  private TalksCollapsed() {}

  /** How far before the talks noun a measure may stand ("the privacy bill talks"). */
  private static final int BEFORE_TALKS = 3;
  /** Business deals whose talks end no measure. */
  private static final Set<String> DEALS = Set.of("merger", "mergers", "contract", "contracts",
      "acquisition", "takeover", "buyout", "sale", "purchase", "partnership", "licensing",
      "licence", "license", "investment", "funding", "wage", "pay", "labor", "labour", "union");

  static boolean onAMeasure(Tokens t, List<Mention> ms, Mention trig) {
    int talks = -1;
    for (Mention m : ms) {
      if (m.isLexicon("talks_noun") && m.tokEnd() <= trig.tokStart() && m.tokStart() > talks) {
        talks = m.tokStart();
      }
    }
    if (talks < 0) {
      return false;
    }
    for (int i = Math.max(0, talks - BEFORE_TALKS); i < trig.tokStart(); i++) {
      if (DEALS.contains(t.lower(i))) {
        return false;
      }
    }
    for (Mention m : ms) {
      if (m.isLexicon("legislation_noun") && m.tokStart() >= talks - BEFORE_TALKS
          && m.tokEnd() <= trig.tokStart()) {
        return true;
      }
    }
    return false;
  }
}
