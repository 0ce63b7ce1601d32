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
      "objections", "claim", "claims",
      // a party's case turned down in a suit (round 31): "rejecting the company's argument that
      // its collection is protected speech" (not "motion": a parliament's motion is a measure)
      "argument", "arguments", "defense", "defence", "defenses", "defences", "bid", "bids");
  /** A measure named before any demand noun is what the verb rejects: "rejected the bill despite
   *  calls for it". */
  private static final Set<String> MEASURE_NOUNS = Set.of("bill", "bills", "law", "laws",
      "ordinance", "ordinances", "measure", "measures", "ban", "bans", "moratorium", "amendment",
      "amendments", "legislation", "regulation", "regulations", "act", "proposal", "rules");

  /**
   * "OKs facial recognition rules, rejecting calls for a ban", "rejected demands that the
   * technology be banned": the rejected thing is a demand, not a measure; no bill fails. A demand
   * noun up to five words after the rejecting verb (past a possessive: "the company's argument"),
   * before any measure noun.
   */
  static boolean rejectsADemand(Tokens t, Mention trig) {
    for (int i = trig.tokEnd(); i < Math.min(t.size(), trig.tokEnd() + 5); i++) {
      String w = t.lower(i);
      if (DEMAND_NOUNS.contains(w)) {
        return true;
      }
      if (MEASURE_NOUNS.contains(w) || !t.isWord(i) && !w.equals("'s") && !w.equals("’s")) {
        return false;
      }
    }
    return false;
  }
}
