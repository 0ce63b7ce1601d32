package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "The Council of Australian Governments signed an intergovernmental agreement on identity
 * matching services", "signed a contract with the vendor", "signed a pledge": what is signed is
 * a deal, a contract or a promise, not a bill made law. Its object, within a few words after the
 * verb, decides (heldout-40 rules).
 */
final class SignedAgreement {

  private static final Set<String> SIGN = Set.of("sign", "signs", "signed", "signing");
  private static final Set<String> NOT_LAWS = Set.of("agreement", "agreements", "deal", "deals",
      "contract", "contracts", "memorandum", "mou", "pledge", "pledges", "letter", "letters",
      "petition", "petitions", "accord", "declaration", "charter", "partnership", "partnerships",
      "treaty", "compact", "statement", "commitment", "lease", "waiver");
  private static final int REACH = 4;

  private SignedAgreement() {}

  static boolean objectIsNoLaw(Tokens t, int sentenceEnd, Mention trig) {
    if (trig.tokEnd() - trig.tokStart() != 1 || !SIGN.contains(t.lower(trig.tokStart()))) {
      return false;
    }
    for (int i = trig.tokEnd(); i < Math.min(sentenceEnd, trig.tokEnd() + REACH); i++) {
      String w = t.lower(i);
      if (NOT_LAWS.contains(w)) {
        return true;
      }
      if (w.equals("bill") || w.equals("law") || w.equals("legislation") || w.equals("ordinance")
          || w.equals("into") || w.equals(",")) {
        return false;
      }
    }
    return false;
  }
}
