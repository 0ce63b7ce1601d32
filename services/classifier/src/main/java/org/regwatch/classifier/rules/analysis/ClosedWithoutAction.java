package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * An authority that ends a case without acting reports no enforcement (round 22): "closes its probe
 * without action", "decided to take no further regulatory action against the vendor", "ended the
 * inquiry with no enforcement action", "found no breach". The verb of inquiry ("probe",
 * "investigation") is only the case that was closed; the news is that nothing was done, and
 * domain.md's enforcement is a step taken against someone. Against: "fined the firm after a probe
 * found breaches" and "took action against the retailer" stay enforcement; "said no further action
 * would be needed once the firm pays the fine" keeps the fine (the fine is its own trigger; only
 * the sentence of the trigger read here is looked at). A word loop over one sentence.
 */
final class ClosedWithoutAction {

  /** What was not taken: "action", "steps", "measures", "penalty", "fine", "sanctions". */
  private static final Set<String> STEPS = Set.of("action", "actions", "steps", "measures",
      "penalty", "penalties", "sanction", "sanctions");
  /** Words that may stand between the negation and the step ("no further regulatory action"). */
  private static final Set<String> BETWEEN = Set.of("further", "formal", "regulatory", "enforcement",
      "legal", "punitive", "additional", "other");
  /** What a finding of nothing says: "found no breach", "no evidence of wrongdoing". */
  private static final Set<String> NOTHING_FOUND = Set.of("breach", "breaches", "wrongdoing",
      "violation", "violations", "infringement", "infringements");

  private ClosedWithoutAction() {}

  /** Only a case opened is closed without action: the trigger must be the inquiry itself
   *  ("probe", "investigation", "inquiry", "proceedings"). A reprimand or a fine "but no further
   *  action" is still a step taken. */
  static boolean inquiry(Tokens t, Mention trig) {
    for (int i = trig.tokStart(); i < trig.tokEnd(); i++) {
      String w = t.lower(i);
      if (w.startsWith("probe") || w.startsWith("investigat") || w.startsWith("inquir")
          || w.startsWith("enquir") || w.startsWith("proceeding")) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens [from, to) — the trigger's sentence — tell that no step was taken. */
  static boolean tells(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = t.lower(i);
      if (!w.equals("no") && !w.equals("without")) {
        continue;
      }
      int j = i + 1;
      while (j < to && j < i + 4 && BETWEEN.contains(t.lower(j))) {
        j++;
      }
      if (j < to && (STEPS.contains(t.lower(j)) || w.equals("no") && NOTHING_FOUND.contains(t.lower(j)))) {
        return true;
      }
    }
    return false;
  }
}
