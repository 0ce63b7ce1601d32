package org.regwatch.classifier.rules.analysis;

import org.regwatch.classifier.rules.text.Tokens;

/**
 * A stop ordered for a time is a pause, not a sanction: a government or regulator that "ordered
 * the project to stop scanning irises until agencies finish their checks" announces a moratorium
 * (domain.md: a temporary stop that starts); the order is only its form (heldout-15/16 rules).
 */
final class OrderedPause {

  private OrderedPause() {}

  /** Words after a pause verb that make it last until something happens. */
  private static final java.util.Set<String> UNTIL = java.util.Set.of("until", "pending", "till");

  /**
   * "ordered the project to stop scanning irises until agencies finish their checks": an order
   * whose infinitive is the pause verb, with "until"/"pending" after it, orders a pause for a time.
   * Word loops over one sentence, asked only when a sentence has both an enforcement and a
   * starting pause.
   */
  static boolean orderedToPause(Candidate order, Candidate pause) {
    Tokens t = order.field().tokens();
    if (order.field() != pause.field() || !order.sentence().equals(pause.sentence())
        || !t.lower(order.trigger().tokStart()).startsWith("order")) {
      return false;
    }
    int p = pause.trigger().tokStart();
    if (p <= order.trigger().tokEnd() || p - order.trigger().tokEnd() > 6 || !t.lower(p - 1).equals("to")) {
      return false;
    }
    int last = t.indexAtOrAfter(pause.sentence().end());
    for (int i = pause.trigger().tokEnd(); i < last; i++) {
      if (UNTIL.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
