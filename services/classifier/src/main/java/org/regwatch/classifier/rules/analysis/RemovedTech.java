package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "Retailer removes facial recognition cameras from its stores", "bank dismantles its face
 * recognition system": the pack trigger {@code exit-removed} reads an exit only when the
 * technology is the verb's direct object — nothing but determiners between them (round 29).
 * "Retailer removed from facial recognition vendor list" (the subject is removed) and "police
 * removed a protester identified by facial recognition" (a person is the object) remove no
 * technology.
 */
final class RemovedTech {

  static final String TRIGGER_ID = "exit-removed";

  private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "his", "her", "our",
      "all", "a", "an", "some", "any", "every", "of", "live", "in-store", "store");

  private RemovedTech() {}

  static boolean techIsTheObject(Tokens t, List<Mention> techSpans, Mention trig) {
    for (Mention m : techSpans) {
      if (m.tokStart() < trig.tokEnd()) {
        continue;
      }
      for (int i = trig.tokEnd(); i < m.tokStart(); i++) {
        if (!DETERMINERS.contains(t.lower(i))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
