package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "No agency has said it will stop using it", "none of the retailers has announced a pause",
 * "nobody at the company has committed to a halt": a negative quantifier as the subject of the
 * clause denies what follows it, however far the trigger stands behind the reporting verb (the
 * negation cue's window of five words reaches "no" only when the trigger is next to it). Read
 * back from the trigger to the start of its clause (a comma, semicolon or colon ends it):
 * "no" + up to three words + a verb of the clause, or "none", "nobody", "no one", "neither" +
 * such a verb. "No longer" is an exit's own wording, not a quantifier (rules from heldout-22/23,
 * docs/classifier-history.md).
 */
final class NegativeSubject {

  private static final int REACH = 14;
  private static final Set<String> PUNCT = Set.of(",", ";", ":", "(", ")", "\u2014", "\u2013", "\"");
  private static final Set<String> ALONE = Set.of("none", "nobody", "neither");
  /** "no longer", "no more", "no doubt the council will": "no" that quantifies no subject. */
  private static final Set<String> NOT_A_SUBJECT = Set.of("longer", "more", "later", "sooner",
      "doubt", "question", "wonder", "matter", "surprise", "less");
  private static final Set<String> VERBS = Set.of("has", "have", "had", "is", "are", "was", "were",
      "will", "would", "said", "says", "say", "announced", "announces", "committed", "commits",
      "pledged", "pledges", "agreed", "agrees", "plans", "planned", "intends", "intended",
      "decided", "decides", "moved", "moves", "offered", "offers", "promised", "promises",
      "followed", "follows", "appears", "seems", "indicated", "signalled", "signaled", "can",
      "could", "did", "does", "do");

  private NegativeSubject() {}

  /** True when the clause before the trigger opens with a negatively quantified subject. */
  static boolean before(Tokens t, int sentenceStart, int trigger) {
    int stop = Math.max(sentenceStart, trigger - REACH);
    for (int i = trigger - 1; i >= stop; i--) {
      String w = t.lower(i);
      if (PUNCT.contains(w)) {
        return false;
      }
      if (quantifiedSubjectAt(t, i, trigger)) {
        return true;
      }
    }
    return false;
  }

  private static boolean quantifiedSubjectAt(Tokens t, int i, int trigger) {
    String w = t.lower(i);
    int from;
    if (w.equals("neither") && i + 1 < trigger && t.lower(i + 1).equals("nor")) {
      return false;
    }
    if (ALONE.contains(w)) {
      from = i + 1;
    } else if (w.equals("no") && i + 1 < trigger && t.lower(i + 1).equals("one")) {
      from = i + 2;
    } else if (w.equals("no") && i + 1 < trigger && !NOT_A_SUBJECT.contains(t.lower(i + 1))) {
      from = i + 2;
    } else {
      return false;
    }
    // the verb of the clause within six words of the quantifier ("no other city has", "none of
    // the three chains has", "no agency has")
    for (int j = from; j < Math.min(trigger, from + 7); j++) {
      if (VERBS.contains(t.lower(j))) {
        return true;
      }
    }
    return false;
  }
}
