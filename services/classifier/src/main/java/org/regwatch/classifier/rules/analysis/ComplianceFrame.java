package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * Round 25: a law named as the standard a product or a practice meets is no legislative step.
 * Product and sales stories name laws as what they comply with: "Vendor launches face matching,
 * pitches compliance with state biometric laws", "markets its cameras as compliant with the new
 * rules", "rolls out an opt-in mode to conform to privacy laws". The verb of the trigger ("pitch",
 * "roll out", "present") is the company's marketing, and the law is its object only through the
 * compliance word. A word of compliance within four words after the trigger, before the law noun,
 * makes the reading background. Against: "Senator pitches bill to curb facial recognition" and
 * "Lawmakers unveil a bill requiring compliance audits" keep their proposal (no compliance word
 * between the verb and the law, or the law noun comes first).
 */
final class ComplianceFrame {

  /** Words that make the following law the standard met, not the thing put forward. */
  private static final Set<String> COMPLIANCE = Set.of("compliance", "comply", "complying",
      "complies", "compliant", "conform", "conforms", "conforming", "conformity", "accordance");
  private static final int WINDOW = 4;

  private ComplianceFrame() {}

  /** A compliance word within {@link #WINDOW} words after the trigger, before the sentence's end
   *  [.., to). */
  static boolean lawAsStandard(Tokens t, Mention trig, int to) {
    int end = Math.min(to, trig.tokEnd() + WINDOW);
    for (int i = trig.tokEnd(); i < end; i++) {
      if (COMPLIANCE.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
