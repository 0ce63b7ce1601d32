package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * heldout-24 rules: "a federal jury on Wednesday found that the railroad violated the state's
 * biometric law", "jurors found the company liable": a jury decides a suit between parties; it
 * orders nothing and regulates nothing, so its finding is no enforcement (a regulator's or a
 * court's own ruling still is). The place before it ("a federal jury", "a Cook County jury") is
 * where it sits, not a government that acts. Used by {@link SentenceAnalyzer} for the pack's
 * {@code enforcement-ruling}.
 */
final class JuryVerdict {

  static final String RULING_ID = "enforcement-ruling";
  private static final Set<String> JURY = Set.of("jury", "juries", "jurors", "juror");
  /** Words before the finding verb in which the jury stands as its subject ("a jury on Wednesday found"). */
  private static final int REACH = 4;

  private JuryVerdict() {}

  static boolean juryFinds(Tokens t, int sentenceStart, int trigStart) {
    for (int i = trigStart - 1; i >= Math.max(sentenceStart, trigStart - REACH); i--) {
      if (JURY.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
