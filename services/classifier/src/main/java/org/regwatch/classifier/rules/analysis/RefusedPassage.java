package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "Germany's upper house on Friday refused to approve a law that would have allowed …": a chamber
 * that refuses or declines the vote a bill needs defeats it (failed), as "voted down" does; a
 * plain "did not approve" is only a step not taken, and "has yet to approve" is still pending
 * (rules from heldout-14). A law or bill must be the object, within a few words after the verb.
 */
final class RefusedPassage {

  private static final Set<String> REFUSALS = Set.of(
      "refused", "refuses", "declined", "declines", "rejected");
  private static final Set<String> BILL_NOUNS = Set.of(
      "law", "bill", "legislation", "measure", "amendment", "amendments", "package", "powers");

  private RefusedPassage() {}

  static boolean defeats(Tokens t, int sentenceStart, int sentenceEnd, Mention trig) {
    int to = trig.tokStart() - 1;
    if (to < sentenceStart || !t.lower(to).equals("to")) {
      return false;
    }
    boolean refused = false;
    for (int i = to - 1; i >= Math.max(sentenceStart, to - 5); i--) {
      if (REFUSALS.contains(t.lower(i))) {
        refused = true;
        break;
      }
    }
    if (!refused) {
      return false;
    }
    for (int i = trig.tokEnd(); i < Math.min(sentenceEnd, trig.tokEnd() + 4); i++) {
      if (BILL_NOUNS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
