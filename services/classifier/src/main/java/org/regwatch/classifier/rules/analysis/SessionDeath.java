package org.regwatch.classifier.rules.analysis;

import java.util.List;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "The bill was left on the table", "ran out of time", "did not reach the floor": the bill is the
 * subject of its own death, so its legislative noun stands BEFORE the phrase ("Options left on the
 * table include a ban" kills nothing). Only a chamber that adjourns without acting names the bill
 * after the verb. A loop over the sentence's mentions (rules from heldout-13, docs/classifier-history.md).
 */
final class SessionDeath {

  /** How far before the phrase the bill may stand ("limits on face scans left on the table"). */
  static final int REACH = 10;

  private SessionDeath() {}

  static boolean billIsTheSubject(Tokens t, List<Mention> ms, Mention trig) {
    if (t.lower(trig.tokStart()).startsWith("adjourn")) {
      return true;
    }
    for (Mention m : ms) {
      if (m.isLexicon("legislation_noun") && m.tokEnd() <= trig.tokStart()
          && trig.tokStart() - m.tokEnd() <= REACH) {
        return true;
      }
    }
    return false;
  }
}
