package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A sign-off by those who prepare a decision for the body that takes it (round 21): "EU
 * ambassadors sign off on the AI Act", "negotiators signed off on the text". "sign off" is read
 * by the signing trigger (a government's sign-off adopts: "EU governments signed off on the AI
 * Act", enacted); ambassadors, envoys, negotiators or officials only clear the text for the vote
 * still to come, so their sign-off is a passage step, staged by the actor as any approval is.
 */
final class Envoys {

  private Envoys() {}

  private static final Set<String> SIGN = Set.of("sign", "signs", "signed", "signing");
  private static final Set<String> PREPARERS = Set.of("ambassadors", "ambassador", "envoys",
      "diplomats", "negotiators", "officials", "coreper");

  /** A sign-form followed by "off", with a preparing body up to five words before it. */
  static boolean signOffByEnvoys(Tokens t, int sentenceStart, Mention trig) {
    int v = trig.tokStart();
    if (!SIGN.contains(t.lower(v)) || v + 1 >= t.size() || !t.lower(v + 1).equals("off")) {
      return false;
    }
    for (int i = v - 1; i >= Math.max(sentenceStart, v - 5); i--) {
      if (PREPARERS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
