package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.pack.CompiledPack;
import org.regwatch.classifier.rules.pack.TermRef.Category;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A vote's tally (round 29). "Council rejects ban on police facial recognition in 5-4 vote",
 * "Senate passes bill in a 60-40 vote": the vote noun after "in" gives the tally of the step its
 * verb already told. It is no step of its own; read as a passage it outranked the rejection it
 * counts (a vote enacts, a rejection fails, and the later stage wins within a sentence). And a
 * tally between "voted" and "against" still says against.
 */
final class VoteTally {

  private static final Set<String> VOTE_NOUNS = Set.of("vote", "votes");
  /** What may stand between "in" and the vote noun: the tally as an adjective. */
  private static final Set<String> TALLY = Set.of("a", "an", "unanimous", "narrow", "split", "close",
      "lopsided", "party-line", "party", "line");
  private static final int REACH = 5;

  private static final Set<String> VOTE_VERBS = Set.of("vote", "votes", "voted", "voting");
  /** What may stand between "voted" and "against": the tally told in words or as an adverb. */
  private static final Set<String> TALLY_AFTER_VERB = Set.of("to", "unanimously", "narrowly",
      "overwhelmingly", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve");
  private static final int TALLY_REACH = 4;

  private VoteTally() {}

  /** A number of the count or the dash between two ("5-4", "5–4"). */
  private static boolean count(String w) {
    return w.chars().allMatch(Character::isDigit) || w.equals("-") || w.equals("\u2013");
  }

  /**
   * "the City Council voted 5-4 against it", "voted unanimously against the pause": a vote
   * against, with the tally between the verb and "against", defeats what was put to it. Only the
   * tally's words may stand between ("voted on Tuesday, with two members against" is no defeat).
   * A plain "voted against it" reaches here when no measure noun stood close enough for the
   * failed trigger's own phrase.
   */
  static boolean votedAgainst(Tokens t, int sentenceEnd, Mention trig) {
    if (!VOTE_VERBS.contains(t.lower(trig.tokStart()))) {
      return false;
    }
    for (int i = trig.tokEnd(); i < Math.min(sentenceEnd, trig.tokEnd() + TALLY_REACH + 1); i++) {
      String w = t.lower(i);
      if (w.equals("against")) {
        return true;
      }
      if (!TALLY_AFTER_VERB.contains(w) && !count(w)) {
        return false;
      }
    }
    return false;
  }

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
      if (!TALLY.contains(w) && !count(w)) {
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
