package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "makes its police freeze open-ended": the tokenizer splits the hyphen, so the pack's ending verb
 * "end" matched "ended" and a pause made to run without an end read as lifted (heldout-26 rules,
 * round 18). A pause made open-ended goes on; the indefinite wording is read by the extension
 * triggers, not here — and by {@link #madeOpenEnded}: "makes its police moratorium open-ended",
 * "Amazon's pause becomes indefinite" tell an extension with no verb of extending (heldout-30,
 * lead's review).
 */
final class OpenEnded {

  /** The trigger id of "made open-ended / indefinite" (pack), checked here. */
  static final String MADE_ID = "moratorium-made-open-ended";

  /** Verbs that turn the pause into one without an end: make it, turn it, or it becomes so. */
  private static final Set<String> MAKING = Set.of("make", "makes", "made", "making", "turn",
      "turns", "turned", "turning", "render", "renders", "rendered", "become", "becomes", "became",
      "now");

  /** How far before the adjective the making verb may stand ("has made its moratorium on selling
   *  facial recognition to police indefinite"). */
  private static final int REACH = 10;

  private OpenEnded() {}

  /**
   * The adjective ("open-ended", "indefinite") follows a making verb within reach: "an indefinite
   * moratorium" or "its open-ended pause" only describe the pause, they tell no change.
   */
  static boolean madeOpenEnded(Tokens t, Mention trig) {
    for (int i = trig.tokStart() - 1; i >= 0 && i >= trig.tokStart() - REACH; i--) {
      if (MAKING.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /** The trigger's first word is "ended" written right after "open-". */
  static boolean endedIsOpen(Tokens t, Mention trig) {
    int i = trig.tokStart();
    return i > 0 && t.lower(i).equals("ended") && t.lower(i - 1).equals("open")
        && t.start(i) == t.end(i - 1) + 1;
  }
}
