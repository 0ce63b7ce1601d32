package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A regulator's own pause (heldout-21 rules): a data protection authority that "declares a
 * moratorium on facial recognition" or "puts facial recognition on hold until year-end" stops
 * approving or allowing the technology itself — a moratorium it announces, not a sanction on
 * someone. It stays enforcement when the sentence names who is stopped (a company or force after
 * the verb: "imposes a freeze on Acme's cameras"), when the regulator orders, tells or requires
 * someone, when the pause is a block "from" doing something ("blocks Acme from selling"), and
 * whenever the actor is a court or judge (a court halting a use rules on a case). The regulator is
 * the subject right before the verb (at most four words, no comma, no reporting verb between:
 * "…, the agency said, prolonging a halt" reports someone else's pause).
 */
final class RegulatorsOwnPause {

  private RegulatorsOwnPause() {}

  /** First words of the pause phrases a regulator uses for its own hold. */
  private static final List<String> OWN_PAUSE_WORDS = List.of("declar", "impos", "put", "plac",
      "announc", "institut", "issu", "adopt", "introduc", "establish", "set", "paus", "halt",
      "suspend", "freez", "froze", "on", "hold");
  /** Words by which a regulator makes someone else stop. */
  private static final List<String> ORDER_WORDS = List.of("order", "direct", "instruct", "told",
      "tell", "requir", "forc", "compel", "ask");
  private static final Set<String> BLOCKED_FROM = Set.of("from");
  private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "announced",
      "confirmed", "stated", "added", "wrote", "noted");

  /**
   * Whether a starting pause whose actor is a regulator is the regulator's own moratorium. Word
   * loops over one sentence, asked only for that case.
   */
  static boolean own(Tokens t, int sentenceStart, int sentenceEnd, Mention trig, Actor actor,
      List<Actor> actors) {
    if (actor == null || CourtOrder.isCourt(actor) || actor.tokEnd() > trig.tokStart()) {
      return false;
    }
    String first = t.lower(trig.tokStart());
    if (OWN_PAUSE_WORDS.stream().noneMatch(first::startsWith)) {
      return false;
    }
    if (trig.tokStart() - actor.tokEnd() > 4) {
      return false; // the regulator is the subject of the pause verb, a few words before it
    }
    for (int i = Math.max(sentenceStart, actor.tokEnd()); i < trig.tokStart(); i++) {
      String w = t.lower(i);
      if (ORDER_WORDS.stream().anyMatch(w::startsWith)) {
        return false; // "ordered the chain to put its cameras on hold"
      }
      if (!t.isWord(i) || REPORTING.contains(w)) {
        return false; // "…, the agency said, prolonging a halt": the regulator reports a pause
      }
    }
    for (int i = trig.tokEnd(); i < Math.min(sentenceEnd, trig.tokEnd() + 8); i++) {
      if (BLOCKED_FROM.contains(t.lower(i))) {
        return false; // "puts a freeze on Acme from using …"
      }
    }
    for (Actor a : actors) {
      if (a != actor && a.tokStart() >= trig.tokEnd() && a.tokStart() < sentenceEnd
          && (a.type() == ActorType.COMPANY || a.type() == ActorType.AGENCY)) {
        return false; // the one stopped is named: enforcement against it
      }
    }
    return true;
  }
}
