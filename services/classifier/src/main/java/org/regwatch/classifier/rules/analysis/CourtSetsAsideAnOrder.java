package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A court and an order (round 31): "Hamburg court overturns order to delete police face database",
 * "the court did not pass any interim order". The order a court makes, refuses or sets aside is a
 * court's or an authority's decision about a use, not a law: no bill fails. A court that quashes
 * or overturns such an order rules on the use, as a court that upholds a ban does — the ruling is
 * the news (enforcement by the court); a court that does not make one took no step.
 */
final class CourtSetsAsideAnOrder {

  private CourtSetsAsideAnOrder() {}

  private static final Set<String> ORDER = Set.of("order", "orders");
  /** Words of an order's noun phrase before its head: "any interim order", "the commissioner's order". */
  private static final int PHRASE = 4;
  /** Verbs of a court undoing a decision (their stems). */
  private static final List<String> UNDOING = List.of("overturn", "quash", "annul", "nullif",
      "strike", "struck", "invalidat", "throw", "threw", "void", "set aside", "overrul");

  /** The failing verb's object is an order, before any other measure noun. */
  static boolean orderIsTheObject(Tokens t, List<Mention> ms, Mention trig) {
    int end = Math.min(t.size(), trig.tokEnd() + PHRASE + 1);
    for (int i = trig.tokEnd(); i < end; i++) {
      if (ORDER.contains(t.lower(i))) {
        return true;
      }
      if (!t.isWord(i) && !t.lower(i).equals("'s") && !t.lower(i).equals("’s")) {
        return false;
      }
      for (Mention m : ms) {
        if (m.tokStart() == i && m.isLexicon("legislation_noun")) {
          return false;
        }
      }
    }
    return false;
  }

  /** "overturns", "quashed", "struck down", "set aside": the court undoes the order. */
  static boolean undoes(Tokens t, Mention trig) {
    String verb = t.lower(trig.tokStart());
    for (String stem : UNDOING) {
      if (verb.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }
}
