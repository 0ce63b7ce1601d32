package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A request that its addressee accepted is no demand left open (round 21): "the company accepted
 * the watchdog's request to keep sign-ups on hold for the rest of the year", "agreed to a request
 * to keep the cameras off", "granted the regulator's request". The verb after the request is then
 * what the accepting party does; the demand cue that the request word is would block it.
 */
final class DemandMet {

  private DemandMet() {}

  /** Request nouns an addressee can accept. */
  private static final Set<String> REQUESTS = Set.of("request", "requests", "call", "calls",
      "demand", "demands", "plea", "appeal");
  /** Verbs (first word) of accepting what was asked. */
  private static final Set<String> ACCEPTING = Set.of("accepted", "accepts", "accept", "accepting",
      "granted", "grants", "heeded", "heeds", "honoured", "honored", "met", "agreed", "agrees",
      "complied", "complies", "bowed", "bows");

  /** The demand cue is a request noun with a verb of accepting up to four words before it. */
  static boolean accepted(Tokens t, Mention demand) {
    if (!REQUESTS.contains(t.lower(demand.tokStart()))) {
      return false;
    }
    for (int i = demand.tokStart() - 1; i >= Math.max(0, demand.tokStart() - 4); i--) {
      if (!t.isWord(i)) {
        return false;
      }
      if (ACCEPTING.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
