package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A pause said in passing to "stay in place" in the present, with no decision and no new time,
 * restates the status quo; it extends nothing (round 22): "Vendor beats estimates; CEO says
 * face-matching pause stays in place", "Asked about police sales, the CEO said the freeze stays in
 * effect". An extension is a decision about the
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
      state |= PRESENT.contains(t.lower(i)) && t.lower(i + 1).equals("in") && STATES.contains(t.lower(i + 2))
          && inPassing(t, from, i);
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

  /** Said in passing: the state stands after a ";" (a compound title whose first clause is the
   *  news: "Vendor beats estimates; CEO says pause stays in place") or after "asked" (a reply to a
   *  question: "Asked about police sales, the chief executive said the freeze stays in effect").
   *  A statement made for its own sake ("City's pause remains in place, officials say", "said on
   *  Monday that its moratorium remains in effect") keeps its reading as an extension (ContinuityTest,
   *  PauseFamiliesTest). */
  private static boolean inPassing(Tokens t, int from, int at) {
    for (int i = from; i < at; i++) {
      String w = t.lower(i);
      if (w.equals(";") || w.equals("asked")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the trigger, in the sentence [from, to), only restates that the pause goes on. */
  static boolean restated(Tokens t, int from, int to, Mention trig) {
    if (!PRESENT.contains(t.lower(trig.tokStart())) || !inPassing(t, from, trig.tokStart())) {
      return false;
    }
    return noDecision(t, from, to);
  }
}
