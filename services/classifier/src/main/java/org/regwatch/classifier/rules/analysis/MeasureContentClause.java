package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "A bill setting rules for when police may use facial recognition won final approval": the modal
 * belongs to the clause that says what the measure contains (opened by "when", "where", "how"
 * right after the measure's noun), not to the verb that reports the measure's step. Such a hedge
 * does not hedge the trigger. Only when the opener stands at most two words after a legislative
 * noun and at most three words before the modal; "the council may vote on when police can use
 * it" keeps its own "may", which comes before any measure noun.
 */
final class MeasureContentClause {

  private static final Set<String> OPENERS = Set.of("when", "where", "how");

  private MeasureContentClause() {}

  static boolean describesMeasure(Tokens t, List<Mention> ms, Mention hedge, Mention trigger) {
    if (hedge.tokEnd() > trigger.tokStart()) {
      return false;
    }
    for (int i = hedge.tokStart() - 1; i >= Math.max(0, hedge.tokStart() - 3); i--) {
      if (!OPENERS.contains(t.lower(i))) {
        continue;
      }
      for (Mention m : ms) {
        if (m.isLexicon("legislation_noun") && m.tokEnd() <= i && i - m.tokEnd() <= 2) {
          return true;
        }
      }
    }
    return false;
  }
}
