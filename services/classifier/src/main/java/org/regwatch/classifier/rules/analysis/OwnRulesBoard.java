package org.regwatch.classifier.rules.analysis;

import java.util.Locale;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A civilian police board or commission that approves the force's rules of use (round 21): "The
 * police commission approved the department's first written policy on facial recognition", "Police
 * board adopts AI rules". Such a board oversees a force; its policy governs how the force may use
 * the technology and is no bill, ordinance or regulation (domain.md), so it is kind policy. The
 * pack types these boards as municipal because a board that decides by a recorded vote ("voted 8-3
 * to approve a policy") passes a binding measure the way a council does (heldout-21's reading,
 * kept): only the approval told without a vote in its sentence before the verb is a policy.
 */
final class OwnRulesBoard {

  private OwnRulesBoard() {}

  private static final Set<String> BOARD_WORDS = Set.of("board", "commission", "commissioners",
      "committee", "authority");

  /** The actor's name says it is a police oversight board or commission. */
  static boolean isPoliceBoard(Actor actor) {
    if (actor == null || actor.name() == null) {
      return false;
    }
    String n = actor.name().toLowerCase(Locale.ROOT);
    if (!(n.contains("police") || n.contains("policing") || n.contains("oversight"))) {
      return false;
    }
    for (String w : n.split("[^a-z]+")) {
      if (BOARD_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** A word of voting between the sentence start and the verb: the board decided by a vote. */
  static boolean votedBefore(Tokens t, int sentenceStart, Mention trig) {
    return voteIn(t, sentenceStart, trig.tokStart() + 1);
  }

  /** A word of voting in words {@code [from, to)}. */
  static boolean voteIn(Tokens t, int from, int to) {
    for (int i = Math.max(0, from); i < to && i < t.size(); i++) {
      String w = t.lower(i);
      if (w.equals("vote") || w.equals("voted") || w.equals("votes") || w.equals("voting")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> BODY_HEADS = Set.of("board", "commission", "commissioners",
      "college", "body", "institute");
  private static final Set<String> POLICE_WORDS = Set.of("police", "policing", "oversight");

  /**
   * "Police oversight board adopts AI rules", "National policing body publishes guidance": a
   * police board or professional body of the police named right before the verb (up to six
   * words, no clause mark between, a police word up to two words before its head), or null.
   */
  static Actor boardBefore(Tokens t, int sentenceStart, Mention trig) {
    for (int i = trig.tokStart() - 1; i >= Math.max(sentenceStart, trig.tokStart() - 6); i--) {
      if (!t.isWord(i)) {
        return null;
      }
      if (BODY_HEADS.contains(t.lower(i))) {
        for (int j = i - 1; j >= Math.max(sentenceStart, i - 2); j--) {
          if (POLICE_WORDS.contains(t.lower(j))) {
            int from = j;
            while (from - 1 >= sentenceStart && t.isWord(from - 1)
                && Character.isUpperCase(t.text(from - 1).charAt(0)) && !t.lower(from - 1).equals("the")) {
              from--;
            }
            StringBuilder name = new StringBuilder();
            for (int k = from; k <= i; k++) {
              name.append(k > from ? " " : "").append(t.text(k));
            }
            return new Actor(name.toString(), ActorType.AGENCY, null, null, from, i + 1);
          }
        }
        return null;
      }
    }
    return null;
  }
}
