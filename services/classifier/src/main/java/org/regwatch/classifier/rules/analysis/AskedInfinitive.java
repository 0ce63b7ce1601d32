package org.regwatch.classifier.rules.analysis;

import java.util.List;
import org.regwatch.classifier.rules.pack.TermRef.Category;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "signed a letter urging police forces and private companies in the UK to stop using live facial
 * recognition", "calling on forces across the country to immediately halt it": a verb of pressing
 * someone, then who is pressed, then an infinitive — what is asked for (round 18). A long list of
 * addressees puts the infinitive beyond the nine-word demand window, and the stop read as the
 * addressees' own act.
 *
 * <p>Only the first infinitive after the verb of asking counts, with no trigger between them (in
 * "urged the council to hold a vote, and it agreed to pause the cameras" the pause is the act).
 */
final class AskedInfinitive {

  /** The furthest the infinitive may stand from the verb of asking. */
  private static final int REACH = 18;

  private AskedInfinitive() {}

  static boolean asked(Tokens t, List<Mention> ms, int clauseWide, Mention trigger) {
    int to = trigger.tokStart() - 1;
    if (to >= 0 && t.lower(to).endsWith("ly") && t.isWord(to)) {
      to--; // "to immediately stop"
    }
    if (to < 0 || !t.lower(to).equals("to")) {
      return false;
    }
    for (Mention m : ms) {
      if (!m.is(Category.DEMAND) || m.tokStart() < clauseWide || m.tokEnd() > to
          || to - m.tokEnd() > REACH || !pressing(t.lower(m.tokStart()))) {
        continue;
      }
      if (firstInfinitive(t, ms, m.tokEnd(), to)) {
        return true;
      }
    }
    return false;
  }

  /** No "to", trigger or sentence mark between the verb of asking and this infinitive. */
  private static boolean firstInfinitive(Tokens t, List<Mention> ms, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = t.lower(i);
      if (w.equals("to") || w.equals(";") || w.equals(":")) {
        return false;
      }
    }
    for (Mention other : ms) {
      if (other.is(Category.TRIGGER) && other.tokStart() >= from && other.tokStart() < to) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Lockport's cameras must stay off as governor signs school biometrics moratorium": a clause
   * opened by "as" between the word of asking and the trigger, whose verb is the trigger in the
   * present ("signs", "extends", "votes"), tells what someone does; the "must" is the consequence
   * the main clause draws from it, not a demand of it (round 18).
   */
  static boolean actAfterAs(Tokens t, Mention demand, Mention trigger) {
    String verb = t.lower(trigger.tokStart());
    if (!verb.endsWith("s") || verb.endsWith("ss") || trigger.tokStart() < 1
        || t.lower(trigger.tokStart() - 1).equals("to")) {
      return false;
    }
    for (int i = demand.tokEnd(); i < trigger.tokStart(); i++) {
      if (t.lower(i).equals("as") && trigger.tokStart() - i <= 4) {
        return true;
      }
    }
    return false;
  }

  /** Verbs (and "calling on") that take who is pressed, then what they are asked to do. */
  private static boolean pressing(String w) {
    return w.startsWith("urg") || w.startsWith("call") || w.startsWith("ask") || w.startsWith("press")
        || w.startsWith("pressur") || w.startsWith("lobb") || w.startsWith("implor")
        || w.startsWith("appeal") || w.startsWith("demand") || w.startsWith("petition");
  }
}
