package org.regwatch.classifier.rules.analysis;

import org.regwatch.classifier.rules.text.Tokens;

/**
 * "makes its police freeze open-ended": the tokenizer splits the hyphen, so the pack's ending verb
 * "end" matched "ended" and a pause made to run without an end read as lifted (heldout-26 rules,
 * round 18). A pause made open-ended goes on; the indefinite wording is read by the extension
 * triggers, not here.
 */
final class OpenEnded {

  private OpenEnded() {}

  /** The trigger's first word is "ended" written right after "open-". */
  static boolean endedIsOpen(Tokens t, Mention trig) {
    int i = trig.tokStart();
    return i > 0 && t.lower(i).equals("ended") && t.lower(i - 1).equals("open")
        && t.start(i) == t.end(i - 1) + 1;
  }
}
