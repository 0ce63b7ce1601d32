package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * heldout-24 rules: "thousands of suits have been filed under the law, but nearly all have settled",
 * "most of the cases settled out of court", "dozens of lawsuits were settled": suits counted in
 * bulk report how a law is used, not one party's settlement — no enforcement. Needs both a noun of
 * suits before the settlement verb and a bulk quantifier (most, many, nearly all, dozens,
 * hundreds, thousands) within a few words before it; "all three companies settled with the
 * regulator" names no suits and stays. Used by {@link SentenceAnalyzer} for the pack's
 * {@code enforcement-settlement}.
 */
final class SuitsInBulk {

  static final String SETTLEMENT_ID = "enforcement-settlement";
  private static final Set<String> SUITS = Set.of("suits", "lawsuits", "cases", "claims", "actions");
  private static final Set<String> BULK = Set.of("most", "many", "dozens", "hundreds", "thousands",
      "scores");
  private static final Set<String> NEARLY = Set.of("nearly", "almost", "virtually");
  private static final int REACH = 6;

  private SuitsInBulk() {}

  static boolean settledInBulk(Tokens t, int sentenceStart, int trigStart) {
    boolean suits = false;
    for (int i = sentenceStart; i < trigStart; i++) {
      if (SUITS.contains(t.lower(i))) {
        suits = true;
        break;
      }
    }
    if (!suits) {
      return false;
    }
    for (int i = trigStart - 1; i >= Math.max(sentenceStart, trigStart - REACH); i--) {
      String w = t.lower(i);
      if (BULK.contains(w) || (w.equals("all") && i > sentenceStart && NEARLY.contains(t.lower(i - 1)))) {
        return true;
      }
    }
    return false;
  }
}
