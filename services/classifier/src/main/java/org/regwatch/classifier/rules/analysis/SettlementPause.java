package org.regwatch.classifier.rules.analysis;

import java.util.List;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * A company's settlement is news for what it makes the company do. When its terms, told in the
 * title or lead, stop a sale or use for a period ("for five years, the company may not provide
 * its service to police in the state"), the settlement announces a pause by that company
 * (domain.md: a company's decision to stop or pause selling). Terms that only set rules of use
 * ("may not arrest on a match alone", "new limits") stay the settlement. A settlement with a
 * regulator is the regulator's order (enforcement) whatever it stops.
 */
final class SettlementPause {

  private SettlementPause() {}

  static Candidate pauseUnder(Candidate h, List<Candidate> zone) {
    if (h == null || !h.isNews() || h.kind() != DevelopmentKind.ENFORCEMENT || h.actor() == null
        || h.actor().type() != ActorType.COMPANY) {
      return h;
    }
    Candidate pause = null;
    for (Candidate c : zone) {
      if (c.actor() != null && c.actor().type() == ActorType.REGULATOR && !CourtOrder.isCourt(c.actor())) {
        return h; // an order of a regulator, settled or not, is enforcement
      }
      if (pause == null && c.isNews() && c.kind() == DevelopmentKind.MORATORIUM
          && c.status() == DevelopmentStatus.ANNOUNCED && bindsTheCompany(c, h.actor())) {
        pause = c;
      }
    }
    // The terms bind the company that settled: "the company may not provide …" is read with
    // whatever party the sentences before were about (a state, the court that approved the deal).
    return pause == null ? h : pause.withActor(h.actor());
  }

  /** A pause by the settling company, or by no other company. */
  private static boolean bindsTheCompany(Candidate c, Actor company) {
    return c.actor() == null || c.actor().name().equals(company.name())
        || c.actor().type() != ActorType.COMPANY;
  }
}
