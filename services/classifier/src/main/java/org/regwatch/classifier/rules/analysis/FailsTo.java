package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "as federal rules fail to materialize", "the law fails to protect workers": "fail to" + a verb
 * says something did not happen or falls short — a measure fails only when the verb is one of the
 * steps a measure must take ("fails to pass", "failed to clear committee", "failed to get a vote").
 * The bare verb "fail" of the failed-legislation trigger is kept for "the bill failed" and
 * "fails in the Senate" (lead's review, 2026-11-23: heldout-30's "open-ended as federal rules fail
 * to materialize" read as a failed law).
 */
final class FailsTo {

  private static final Set<String> FAIL = Set.of("fail", "fails", "failed", "failing");

  /** The steps whose failure is the measure's failure. */
  private static final Set<String> STEPS = Set.of("pass", "advance", "clear", "get", "gain", "win",
      "make", "reach", "survive", "muster", "become", "receive", "secure", "garner", "attract",
      "move", "override", "come", "progress", "proceed", "emerge");

  private FailsTo() {}

  /** The trigger is a bare "fail" followed by "to" and a verb that is no step of a measure. */
  static boolean somethingElseFailed(Tokens t, Mention trig) {
    int i = trig.tokStart();
    if (trig.tokEnd() != i + 1 || !FAIL.contains(t.lower(i)) || i + 2 >= t.size()) {
      return false;
    }
    return t.lower(i + 1).equals("to") && !STEPS.contains(t.lower(i + 2));
  }
}
