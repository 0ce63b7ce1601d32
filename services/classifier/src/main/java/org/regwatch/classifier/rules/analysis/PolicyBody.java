package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * Who adopts or scraps an official use policy when the pack names no actor (round 16, development
 * kind policy): "The department issued a standard operating procedure …", "Police department
 * revises facial recognition policy". A bare "police department" is usually a scope ("sales to
 * police departments"), but as the subject of a policy verb it is the body whose rules change.
 */
final class PolicyBody {

  private PolicyBody() {}

  /** Head nouns of a body that runs the technology itself (or an executive over it). */
  private static final Set<String> HEADS = Set.of("department", "force", "police", "office",
      "agency", "district", "ministry", "service", "constabulary", "sheriff", "board", "schools",
      // a professional body of the police that writes guidance for the forces (round 21)
      "college", "institute");
  /** Words that may qualify the head: kept in the actor's name. */
  private static final Set<String> QUALIFIERS = Set.of("police", "school", "state", "border",
      "sheriff's", "county", "city", "the", "national", "federal", "transit", "interior", "policing");

  /** Heads that name a force or a school district (not an office or a board, which may make law). */
  private static final Set<String> FORCE_HEADS = Set.of("department", "force", "police",
      "constabulary", "sheriff", "district");

  /**
   * "The city's police department adopted a policy", "Police adopt rules for facial recognition":
   * a force named right before the verb (its last word touching the verb) is the verb's subject,
   * whatever place word stands before it. Null when none.
   */
  static Actor forceRightBefore(Tokens t, int sentenceStart, Mention trig) {
    int i = trig.tokStart() - 1;
    if (i < sentenceStart || !FORCE_HEADS.contains(t.lower(i))) {
      return null;
    }
    Actor a = before(t, sentenceStart, trig);
    return a != null && a.tokEnd() == trig.tokStart() ? a : null;
  }

  /** What a force's own rules are called besides the policy nouns: "adopt rules", "new limits". */
  private static final Set<String> RULE_WORDS = Set.of("rules", "restrictions", "limits",
      "safeguards", "guardrails");

  /** A policy noun (lexicon {@code policy_noun}) up to four words after the verb. */
  static boolean policyNounAfter(List<Mention> ms, Mention trig) {
    for (Mention m : ms) {
      if (m.isLexicon("policy_noun") && m.tokStart() >= trig.tokEnd() && m.tokStart() - trig.tokEnd() <= 4) {
        return true;
      }
    }
    return false;
  }

  /** A policy noun or a word of rules up to four words after the verb. */
  static boolean rulesAfter(Tokens t, List<Mention> ms, Mention trig) {
    if (policyNounAfter(ms, trig)) {
      return true;
    }
    for (int i = trig.tokEnd(); i < Math.min(t.size(), trig.tokEnd() + 5); i++) {
      if (RULE_WORDS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /** The body named up to six words before the policy verb in its sentence, or null. */
  static Actor before(Tokens t, int sentenceStart, Mention trig) {
    for (int i = trig.tokStart() - 1; i >= Math.max(sentenceStart, trig.tokStart() - 6); i--) {
      if (!t.isWord(i)) {
        return null; // a clause mark between: not the verb's subject
      }
      if (HEADS.contains(t.lower(i))) {
        int from = i;
        while (from - 1 >= sentenceStart && QUALIFIERS.contains(t.lower(from - 1))) {
          from--;
        }
        if (t.lower(from).equals("the")) {
          from++;
        }
        StringBuilder name = new StringBuilder();
        for (int j = from; j <= i; j++) {
          name.append(j > from ? " " : "").append(t.text(j));
        }
        return new Actor(name.toString(), ActorType.AGENCY, null, null, from, i + 1);
      }
    }
    return null;
  }
}
