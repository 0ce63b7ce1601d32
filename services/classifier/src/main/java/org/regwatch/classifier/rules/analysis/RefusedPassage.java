package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "Germany's upper house on Friday refused to approve a law that would have allowed …": a chamber
 * that refuses or declines the vote a bill needs defeats it (failed), as "voted down" does; a
 * plain "did not approve" is only a step not taken, and "has yet to approve" is still pending
 * (rules from heldout-14). A law or bill must be the object, within a few words after the verb.
 */
final class RefusedPassage {

  private static final Set<String> REFUSALS = Set.of(
      "refused", "refuses", "declined", "declines", "rejected");
  private static final Set<String> BILL_NOUNS = Set.of(
      "law", "bill", "legislation", "measure", "amendment", "amendments", "package", "powers");

  private RefusedPassage() {}

  private static final Set<String> VOTES = Set.of("vote", "votes", "voted", "voting");
  private static final Set<String> TALLY = Set.of("to", "unanimously", "narrowly", "overwhelmingly",
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
  private static final int TALLY_REACH = 4;

  /**
   * "the City Council voted 5-4 against it", "voted unanimously against the pause": a vote
   * against, with the tally between the verb and "against", defeats what was put to it. Only the
   * tally's words may stand between ("voted on Tuesday, with two members against" is no defeat).
   * A plain "voted against it" reaches here when no measure noun stood close enough for the
   * failed trigger's own phrase.
   */
  static boolean votedAgainst(Tokens t, int sentenceEnd, Mention trig) {
    if (!VOTES.contains(t.lower(trig.tokStart()))) {
      return false;
    }
    for (int i = trig.tokEnd(); i < Math.min(sentenceEnd, trig.tokEnd() + TALLY_REACH + 1); i++) {
      String w = t.lower(i);
      if (w.equals("against")) {
        return true;
      }
      if (!TALLY.contains(w) && !w.chars().allMatch(Character::isDigit) && !w.equals("-")
          && !w.equals("\u2013")) {
        return false;
      }
    }
    return false;
  }

  static boolean defeats(Tokens t, int sentenceStart, int sentenceEnd, Mention trig) {
    int to = trig.tokStart() - 1;
    if (to < sentenceStart || !t.lower(to).equals("to")) {
      return false;
    }
    boolean refused = false;
    for (int i = to - 1; i >= Math.max(sentenceStart, to - 5); i--) {
      if (REFUSALS.contains(t.lower(i))) {
        refused = true;
        break;
      }
    }
    if (!refused) {
      return false;
    }
    for (int i = trig.tokEnd(); i < Math.min(sentenceEnd, trig.tokEnd() + 4); i++) {
      if (BILL_NOUNS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
