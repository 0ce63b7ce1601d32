package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "The owners said they will not use facial recognition again", "won't deploy it ever again",
 * "will never again sell face matching": a refusal to use or sell the technology AGAIN closes a
 * use that has already stopped, for good — an exit, not a pause that starts. Only a negated
 * trigger (its own words or the word before it carry the negation) with "again" after it in its
 * clause, and no time that bounds the refusal ("not again until the law is clear" stays a pause);
 * "pause it again", "stop using it again" repeat a pause and are not read here (rules from
 * heldout-22/23, docs/classifier-history.md).
 */
final class NeverAgain {

  private static final Set<String> NEGATION = Set.of("not", "never", "won't", "n't", "wont");
  private static final Set<String> BREAKS = Set.of(",", ";", ":", ".", "\u2014", "(", "but", "and");
  private static final Set<String> BOUNDS = Set.of("until", "unless", "before", "till", "pending");
  private static final int REACH = 8;

  private NeverAgain() {}

  static boolean endsForGood(Tokens t, List<Mention> ms, Mention trig) {
    if (!negated(t, trig)) {
      return false;
    }
    int end = Math.min(t.size(), trig.tokEnd() + REACH);
    boolean again = false;
    for (int i = trig.tokEnd(); i < end; i++) {
      String w = t.lower(i);
      if (BOUNDS.contains(w)) {
        return false;
      }
      if (BREAKS.contains(w)) {
        break;
      }
      if (w.equals("again")) {
        again = true;
      }
    }
    if (!again) {
      return false;
    }
    // a bound further on in the clause still limits the refusal: "not again until …"
    for (int i = trig.tokEnd(); i < Math.min(t.size(), trig.tokEnd() + 2 * REACH); i++) {
      String w = t.lower(i);
      if (w.equals(".") || w.equals(";")) {
        break;
      }
      if (BOUNDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean negated(Tokens t, Mention trig) {
    for (int i = trig.tokStart(); i < trig.tokEnd(); i++) {
      if (NEGATION.contains(t.lower(i)) || t.lower(i).endsWith("n't")) {
        return true;
      }
    }
    // "will never again sell": the negation right before the trigger
    int before = trig.tokStart() - 1;
    return before >= 0 && (NEGATION.contains(t.lower(before)) || t.lower(before).equals("again")
        && before > 0 && NEGATION.contains(t.lower(before - 1)));
  }
}
