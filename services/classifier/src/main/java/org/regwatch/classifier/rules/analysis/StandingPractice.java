package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "The company says it does not sell its service to private firms": a present-tense "does not"
 * states a standing practice, not a pause that starts ("will not sell", "would not sell until
 * there is a law" still do). A period or an end ("does not sell to police until Congress acts",
 * "for now") makes it a pause again. A word loop over the trigger's neighbours (rules from
 * heldout-13, docs/classifier-history.md).
 */
final class StandingPractice {

  private static final Set<String> DO = Set.of("does", "do");
  private static final Set<String> TEMPORARY = Set.of("until", "till", "pending", "temporarily");

  /** How far after the trigger a period ("until …") may stand in its sentence. */
  static final int REACH = 14;

  private StandingPractice() {}

  static boolean states(Tokens t, Mention trig, int sentenceEnd) {
    int first = trig.tokStart();
    if (!t.lower(first).equals("not") || first == 0 || !DO.contains(t.lower(first - 1))) {
      return false;
    }
    int end = Math.min(sentenceEnd, trig.tokEnd() + REACH);
    for (int i = trig.tokEnd(); i < end; i++) {
      String w = t.lower(i);
      if (TEMPORARY.contains(w) || (w.equals("now") && t.lower(i - 1).equals("for"))) {
        return false;
      }
    }
    return true;
  }
}
