package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "A bill that would have put the limits into law did not reach the floor": "would have", "could
 * have", "might have" tell what did NOT happen, however many words stand between them and the
 * trigger in its clause (the hedge window of six words did not reach "into law"). A word loop
 * back from the trigger to its clause start (rules from heldout-13, docs/classifier-history.md).
 */
final class Counterfactual {

  private static final Set<String> MODALS = Set.of("would", "could", "might", "should");

  private Counterfactual() {}

  /** "bill that would have banned it": a trigger ending in the modal of "would have" describes a
   *  measure that did not come to pass; it proposes nothing. */
  static boolean endsTrigger(Tokens t, Mention trig) {
    int last = trig.tokEnd() - 1;
    return MODALS.contains(t.lower(last)) && trig.tokEnd() < t.size()
        && t.lower(trig.tokEnd()).equals("have");
  }

  static boolean before(Tokens t, int clauseStart, int trigger) {
    for (int i = trigger - 1; i > clauseStart; i--) {
      if (t.lower(i).equals("have") && MODALS.contains(t.lower(i - 1))) {
        return true;
      }
    }
    return false;
  }
}
