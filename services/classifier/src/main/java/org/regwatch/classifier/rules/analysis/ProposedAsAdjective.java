package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "The proposed use is compatible with the law", "its proposed deployment": after a determiner,
 * "proposed" is an adjective of the noun that follows, and when that noun is no measure nobody
 * proposed a bill — the law further on is what the use is weighed against (round 31). "The
 * proposed facial recognition ordinance" keeps its proposal: the measure noun is in the phrase.
 */
final class ProposedAsAdjective {

  private ProposedAsAdjective() {}

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his",
      "her", "this", "that", "these", "those", "'s", "’s");
  /** How far the adjective's noun phrase reaches ("the proposed facial recognition surveillance ordinance"). */
  private static final int PHRASE = 4;

  static boolean ofANonMeasure(Tokens t, List<Mention> ms, Mention trig) {
    if (trig.tokEnd() - trig.tokStart() != 1 || !t.lower(trig.tokStart()).equals("proposed")
        || trig.tokStart() == 0 || !DETERMINERS.contains(t.lower(trig.tokStart() - 1))) {
      return false;
    }
    int end = trig.tokEnd();
    while (end < Math.min(t.size(), trig.tokEnd() + PHRASE) && t.isWord(end)) {
      end++;
    }
    for (Mention m : ms) {
      if (m.isLexicon("legislation_noun") && m.tokStart() >= trig.tokEnd() && m.tokStart() < end) {
        return false;
      }
    }
    return true;
  }
}
