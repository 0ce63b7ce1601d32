package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Objects;
import org.regwatch.events.DevelopmentStatus;

/**
 * A headline names a vote; the lead says which one it was. "EU ministers OK face-scan curbs in
 * landmark AI law" reads as one chamber's step (a vote by anyone but a city council advances a
 * measure), but a lead that tells the same vote as the last one ("signed off on the Act …, which
 * completes the legislative process", "gave final approval to the law") makes it law. Headlines
 * drop the word "final"; leads restore it. Only the lead's FIRST legislative reading counts, only
 * when it is news (not hedged, negated, demanded or background), states its status with a process
 * verb (not the bare content of the measure), by the same actor and in the same jurisdiction; a title read as a
 * proposal or a defeat keeps its own stage.
 */
final class LeadStage {

  private LeadStage() {}

  static Candidate finalVoteToldInLead(Candidate h, List<Candidate> zone) {
    if (h == null || h.zone() != Zone.TITLE || !h.isNews()
        || h.family() != Candidate.Family.LEGISLATION || h.status() != DevelopmentStatus.ADVANCING) {
      return h;
    }
    for (Candidate c : zone) {
      if (c.zone() != Zone.LEAD || c.family() != Candidate.Family.LEGISLATION) {
        continue;
      }
      boolean sameJurisdiction = h.jurisdiction() == null || c.jurisdiction() == null
          || Objects.equals(h.jurisdiction(), c.jurisdiction());
      if (c.isNews() && !c.weak() && c.process() && c.status() == DevelopmentStatus.ENACTED
          && sameJurisdiction && sameActor(h.actor(), c.actor())) {
        return h.with(h.kind(), DevelopmentStatus.ENACTED, h.block());
      }
      return h; // the lead's first legislative reading decides; a later one is another step
    }
    return h;
  }

  /** The lead tells the same body's vote: "The Bundestag passed the federal government's package"
   *  read with the government as actor is another party's reading, not the title's vote told in
   *  full. */
  private static boolean sameActor(Actor title, Actor lead) {
    return title != null && lead != null
        && (HeadlineSelection.withoutPossessive(title.name())
            .equalsIgnoreCase(HeadlineSelection.withoutPossessive(lead.name()))
            || genericParliament(title, lead));
  }

  /** Words a headline uses for any parliament. */
  private static final java.util.Set<String> GENERIC_PARLIAMENT = java.util.Set.of("parliament",
      "lawmakers", "legislators", "legislature", "mps", "deputies");

  /** "Parliament passes facial recognition bill" over "Norway's Storting passed a bill …": the
   *  headline's generic word for the parliament the lead names (round 16). */
  private static boolean genericParliament(Actor title, Actor lead) {
    return GENERIC_PARLIAMENT.contains(title.name().strip().toLowerCase(java.util.Locale.ROOT))
        && (lead.type() == ActorType.CHAMBER || lead.type() == ActorType.LEGISLATURE);
  }
}
