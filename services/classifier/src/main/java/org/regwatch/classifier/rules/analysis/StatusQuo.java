package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A pause said to "stay in place" in the present, with no decision and no new time, restates the
 * status quo; it extends nothing (round 22): "CEO says face-matching pause stays in place", "the
 * vendor's moratorium remains in force, a spokesman said". An extension is a decision about the
 * pause's future: "will stay in place until 2026", "the board voted that the moratorium remains in
 * place", "remains in place indefinitely", "decided it stays in force for another year" keep
 * `extended`. Only the present-tense forms ("stays", "remains") of the moratorium-kept trigger are
 * read here; the infinitive after "will"/"to" is a decision and is left as before. A word loop
 * over the trigger's sentence.
 */
final class StatusQuo {

  static final String TRIGGER_ID = "moratorium-kept";
  private static final Set<String> PRESENT = Set.of("stays", "remains");
  /** A decision or a new time anywhere in the sentence makes the state news. */
  private static final Set<String> DECIDED = Set.of("will", "would", "'ll", "until", "till",
      "through", "pending", "decided", "decides", "decide", "voted", "votes", "agreed", "agrees",
      "extended", "extends", "extend", "indefinitely", "another", "more", "beyond", "longer",
      "ruled", "rules", "ordered", "orders", "announced", "announces", "confirmed", "confirms");

  private StatusQuo() {}

  private static final Set<String> STATES = Set.of("place", "force", "effect");

  /** The same with a pause noun and the state as its modifier ("CEO says face-matching pause
   *  stays in place"): "stays|remains in place|force|effect" in the sentence [from, to) and no
   *  decision or new time. */
  static boolean restatedAsModifier(Tokens t, int from, int to) {
    boolean state = false;
    for (int i = from; i + 2 < to; i++) {
      state |= PRESENT.contains(t.lower(i)) && t.lower(i + 1).equals("in") && STATES.contains(t.lower(i + 2));
    }
    return state && noDecision(t, from, to);
  }

  private static boolean noDecision(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (DECIDED.contains(t.lower(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the trigger, in the sentence [from, to), only restates that the pause goes on. */
  static boolean restated(Tokens t, int from, int to, Mention trig) {
    if (!PRESENT.contains(t.lower(trig.tokStart()))) {
      return false;
    }
    return noDecision(t, from, to);
  }
}
