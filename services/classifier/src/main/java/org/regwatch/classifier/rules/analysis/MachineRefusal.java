package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A machine as the subject of a refusal ("the systems will not use facial recognition") states
 * a system's scope: no one stops or pauses (docs/classifier-history.md "Rules from heldout-21").
 */
final class MachineRefusal {

  private MachineRefusal() {}

  /** Machines and their parts: as the subject of "will not use" they describe what a system does. */
  private static final Set<String> SYSTEM_NOUNS = Set.of("system", "systems", "camera", "cameras",
      "software", "tool", "tools", "device", "devices", "app", "apps", "platform", "platforms",
      "algorithm", "algorithms", "model", "models", "drone", "drones", "scanner", "scanners",
      "sensor", "sensors", "technology", "technologies", "product", "products", "feature",
      "features");
  /** How the refusal triggers start ("will not use", "won't deploy", "not to use"). */
  private static final Set<String> REFUSAL_STARTS = Set.of("will", "won't", "wont", "would",
      "not", "may");
  private static final Set<String> MODAL_OR_NEGATION = Set.of("will", "would", "won't", "wont",
      "not", "do", "does", "did", "don't", "doesn't", "didn't", "cannot", "can't", "shall", "must",
      "may", "never");

  /**
   * "The text states that the systems will not use biometric identification and will not employ
   * facial recognition": the refusal's subject is a machine, so the sentence says what a system
   * does (a law's or a product's scope), not that anyone stops or pauses. The nearest subject
   * before the trigger — a system noun right before a modal or "not" — up to 20 words back,
   * across coordinated "and will not …" clauses, stopping at a reporting "that" only after it.
   */
  static boolean machineRefuses(Tokens t, int sentenceStart, Mention trig) {
    if (!REFUSAL_STARTS.contains(t.lower(trig.tokStart()))) {
      return false; // "the cameras would remain on hold": the machine is what is paused
    }
    for (int i = trig.tokStart() - 1; i >= Math.max(sentenceStart, trig.tokStart() - 20); i--) {
      String w = t.lower(i);
      if (SYSTEM_NOUNS.contains(w) && i + 1 < t.size() && MODAL_OR_NEGATION.contains(t.lower(i + 1))) {
        return true;
      }
      if (w.equals("that") || w.equals("said") || w.equals("says") || w.equals(";")) {
        return false;
      }
    }
    return false;
  }
}
