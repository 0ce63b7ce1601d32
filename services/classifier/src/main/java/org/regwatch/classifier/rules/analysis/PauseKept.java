package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "The cameras will stay dark until the regulator rules", "will remain unused for as long as the
 * inquiry continues": the technology kept off pending a decision is a pause kept in place (an
 * extension told without "extend"). Off, dark or unused alone can be a fault ("the gates stayed
 * offline overnight"), so the sentence must name what the state waits for, after the trigger:
 * until, till, pending, or "as long as".
 */
final class PauseKept {

  private static final Set<String> PENDING = Set.of("until", "till", "pending");
  private static final int REACH = 12;

  private PauseKept() {}

  /** "kept it switched off until the commissioner had decided": the clause after "until" or
   *  "pending" says what the state waits for; its tense ("had decided") does not date the
   *  trigger as background. The token that opens that clause, or {@code Integer.MAX_VALUE}. */
  static int pendingClauseStart(Tokens t, int sentenceEnd, Mention trig) {
    for (int i = trig.tokEnd(); i < sentenceEnd; i++) {
      if (PENDING.contains(t.lower(i))) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  static boolean waitsForADecision(Tokens t, int sentenceEnd, Mention trig) {
    int end = Math.min(sentenceEnd, trig.tokEnd() + REACH);
    for (int i = trig.tokEnd(); i < end; i++) {
      String w = t.lower(i);
      if (PENDING.contains(w)) {
        return true;
      }
      if (w.equals("as") && i + 2 < end && t.lower(i + 1).equals("long") && t.lower(i + 2).equals("as")) {
        return true;
      }
    }
    return false;
  }
}
