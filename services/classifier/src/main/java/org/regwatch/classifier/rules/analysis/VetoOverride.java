package org.regwatch.classifier.rules.analysis;

import org.regwatch.classifier.rules.text.Tokens;

/**
 * A veto as the object of an override: "the Senate voted to override the governor's veto of the
 * bill" — the veto is what the chamber undoes, so the bill is not defeated by it; the override is
 * the step (pack trigger {@code legislation-veto-overridden}), and "failed to override the veto"
 * is the bill's defeat (pack trigger {@code legislation-veto-stands}). A word loop back from the
 * veto noun, run only for a defeat trigger on a word of "veto" (rules from heldout-17).
 */
final class VetoOverride {

  /** Words a possessive and its owner may take between the verb and the veto ("override Gov.
   *  Phil Scott's veto"). */
  private static final int REACH = 6;

  private VetoOverride() {}

  static boolean vetoOverridden(Tokens t, int sentenceStart, Mention trig) {
    if (!t.lower(trig.tokStart()).startsWith("veto")) {
      return false;
    }
    for (int i = trig.tokStart() - 1; i >= Math.max(sentenceStart, trig.tokStart() - REACH); i--) {
      String w = t.lower(i);
      if (w.startsWith("overrid") || w.equals("overrode")) {
        return true;
      }
    }
    return false;
  }
}
