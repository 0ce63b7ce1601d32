package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "MPs and rights groups have signed a joint statement calling on police to stop …", "signed an
 * open letter", "signed a petition": what is signed is a text that asks, not a law (round 18;
 * heldout-25 read the signature as a law enacted). The enactment verb "sign" gives way when a
 * noun of such a text is its object, and so does the pause-noun trigger "sign" ("signed an open
 * letter demanding a moratorium").
 */
final class SignedStatement {

  private static final Set<String> TEXTS = Set.of("statement", "statements", "letter", "letters",
      "petition", "petitions", "pledge", "declaration", "manifesto", "appeal", "op-ed");

  private SignedStatement() {}

  /** The trigger is a form of "sign" with a text noun up to four words after it. */
  static boolean textSigned(Tokens t, Mention trig) {
    int i = trig.tokStart();
    if (trig.tokEnd() - i != 1 || !t.lower(i).startsWith("sign")) {
      return false;
    }
    for (int j = i + 1; j < Math.min(t.size(), i + 5); j++) {
      if (TEXTS.contains(t.lower(j))) {
        return true;
      }
    }
    return false;
  }
}
