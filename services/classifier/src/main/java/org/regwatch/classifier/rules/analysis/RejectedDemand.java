package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A rejecting verb whose object is a demand ("rejecting calls for a ban") defeats no measure
 * (docs/classifier-history.md "Rules from heldout-21").
 */
final class RejectedDemand {

  private RejectedDemand() {}

  /** Nouns of a demand: what is rejected when a body "rejects calls for a ban" is the demand. */
  private static final Set<String> DEMAND_NOUNS = Set.of("call", "calls", "demand", "demands",
      "plea", "pleas", "appeal", "appeals", "request", "requests", "petition", "petitions",
      "push", "pressure", "campaign", "campaigns", "urging", "proposals", "suggestion",
      "suggestions",
      // a legal challenge turned down: "upheld the law, rejecting a challenge by two vendors"
      // (round 16)
      "challenge", "challenges", "lawsuit", "lawsuits", "complaint", "complaints", "objection",
      "objections", "claim", "claims");

  /**
   * "OKs facial recognition rules, rejecting calls for a ban", "rejected demands that the
   * technology be banned": the rejected thing is a demand, not a measure; no bill fails. A demand
   * noun up to three words after the rejecting verb.
   */
  static boolean rejectsADemand(Tokens t, Mention trig) {
    for (int i = trig.tokEnd(); i < Math.min(t.size(), trig.tokEnd() + 3); i++) {
      if (DEMAND_NOUNS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
