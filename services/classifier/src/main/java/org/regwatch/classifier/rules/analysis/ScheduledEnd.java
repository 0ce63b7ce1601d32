package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "a suspension that had been due to end this month", "the pause, set to expire in June": an
 * ending verb after "due to", "set to" or "scheduled to" gives the date a pause was to run to,
 * not an ending that happened — the sentence usually tells what became of it ("extending a
 * suspension that had been due to end"; heldout-38 rules). The pause's end, when it comes, is
 * told with the verb alone ("the moratorium ended on Sunday").
 */
final class ScheduledEnd {

  private static final Set<String> SCHEDULE = Set.of("due", "set", "scheduled", "slated", "supposed",
      "meant", "expected");

  private ScheduledEnd() {}

  static boolean scheduled(Tokens t, Mention trig) {
    int to = trig.tokStart() - 1;
    return to >= 1 && t.lower(to).equals("to") && SCHEDULE.contains(t.lower(to - 1));
  }
}
