package org.regwatch.classifier.rules.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * Parliaments of one chamber, whose passing vote is the last one (round 16, docs/rules.md
 * "Courts, data protection authorities, parliaments and use policies"): "Denmark's Folketing passed
 * a bill allowing police to use facial recognition" is a law passed, not a step (a committee's or a
 * first reading's vote stays a step: those are read before). Only names that are always one
 * chamber: "National Assembly" is one chamber in Seoul and one of two in Paris, so it is not here.
 */
final class SingleChamber {

  private SingleChamber() {}

  private static final Set<String> NAMES = Set.of("folketing", "riksdag", "storting", "knesset",
      "eduskunta", "althing", "saeima", "seimas", "riigikogu", "sabor", "rada");

  static boolean is(Actor actor) {
    if (actor == null || actor.name() == null) {
      return false;
    }
    String n = actor.name().strip().toLowerCase(Locale.ROOT);
    int sp = n.lastIndexOf(' ');
    return NAMES.contains(sp < 0 ? n : n.substring(sp + 1));
  }
}
