package org.regwatch.classifier.rules.analysis;

import java.util.List;
import org.regwatch.classifier.rules.pack.TermRef.Category;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "repeated his call for governments to start passing laws next year to rein in the technology"
 * (round 31): a demand's infinitive can carry a purpose infinitive of its own, and what that one
 * does is demanded too — beyond the demand cue's window. Only a chain of at least two "to"
 * infinitives after the demand, with no comma or semicolon between, reaches the trigger: "after
 * calls from activists the company decided to pause" (one "to", its own decision) is not one.
 */
final class DemandedInfinitives {

  private DemandedInfinitives() {}

  /** How far back from the trigger a demand may stand. */
  private static final int REACH = 20;

  static boolean purposeOfADemand(Tokens t, List<Mention> ms, int sentenceStart, Mention trigger) {
    int tt = trigger.tokStart();
    boolean infinitive = tt > 0 && t.lower(tt - 1).equals("to") || t.lower(tt).equals("to");
    if (!infinitive) {
      return false;
    }
    int tos = 0;
    for (int i = tt - 1; i >= Math.max(sentenceStart, tt - REACH); i--) {
      String w = t.lower(i);
      if (w.equals(",") || w.equals(";") || w.equals(":")) {
        return false;
      }
      if (w.equals("to")) {
        tos++;
      }
      for (Mention m : ms) {
        if (m.is(Category.DEMAND) && m.tokEnd() == i + 1) {
          return tos >= 2 || tos == 1 && t.lower(tt).equals("to");
        }
      }
    }
    return false;
  }
}
