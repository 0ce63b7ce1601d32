package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.pack.CompiledPack;
import org.regwatch.classifier.rules.pack.TermRef.Category;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "Council rejects ban on police facial recognition in 5-4 vote", "Senate passes bill in a
 * 60-40 vote": the vote noun after "in" gives the tally of the step its verb already told. It is
 * no step of its own; read as a passage it outranked the rejection it counts (a vote enacts, a
 * rejection fails, and the later stage wins within a sentence).
 */
final class VoteTally {

  private static final Set<String> VOTE_NOUNS = Set.of("vote", "votes");
  private static final Set<String> TALLY = Set.of("a", "an", "unanimous", "narrow", "split", "close",
      "lopsided", "party-line", "party", "line", "-", "\\u2013");
  private static final int REACH = 5;

  private VoteTally() {}

  static boolean tallyOfAnotherStep(Tokens t, List<Mention> ms, CompiledPack pack, Mention trig) {
    if (trig.tokEnd() - trig.tokStart() != 1 || !VOTE_NOUNS.contains(t.lower(trig.tokStart()))) {
      return false;
    }
    int in = -1;
    for (int i = trig.tokStart() - 1; i >= Math.max(0, trig.tokStart() - REACH); i--) {
      String w = t.lower(i);
      if (w.equals("in")) {
        in = i;
        break;
      }
      if (!TALLY.contains(w) && !w.chars().allMatch(Character::isDigit)) {
        return false;
      }
    }
    if (in < 0) {
      return false;
    }
    for (Mention m : ms) {
      if (m != trig && m.is(Category.TRIGGER) && m.tokEnd() <= in
          && Candidate.Family.of(pack.trigger(m.ref().index()).kind()) == Candidate.Family.LEGISLATION) {
        return true;
      }
    }
    return false;
  }
}
