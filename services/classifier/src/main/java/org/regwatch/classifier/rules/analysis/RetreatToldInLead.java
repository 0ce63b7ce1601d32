package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.regwatch.events.DevelopmentStatus;

/**
 * "Berlin backs away from face scanning at railway stations" over a lead that says the ministry
 * "has dropped plans to give the police the power …, removing the provision from its draft": a
 * verb of stepping back names neither a measure nor a time, so the title only reads as a pause
 * for want of a better reading. When the lead's first legislative reading is a failure (a plan or
 * provision given up, a bill withdrawn), that is what the government stepped back from: the
 * failure is the headline (round 19). A company that backs away from selling has no legislative
 * failure in its lead and keeps its pause; a title that pauses in other words ("suspends",
 * "halts") keeps it too.
 */
final class RetreatToldInLead {

  /** The step-back verbs of the moratorium triggers, by their first word's stem. */
  private static final Set<String> RETREAT_PREFIXES = Set.of(
      "back away", "backs away", "backed away", "backing away",
      "step back", "steps back", "stepped back", "stepping back",
      "step away", "steps away", "stepped away", "stepping away",
      "pull back", "pulls back", "pulled back", "pulling back");

  private RetreatToldInLead() {}

  static Candidate failureToldInLead(Candidate h, List<Candidate> zone) {
    if (h == null || h.zone() != Zone.TITLE || !h.isNews()
        || h.family() != Candidate.Family.MORATORIUM || !retreat(h)) {
      return h;
    }
    for (Candidate c : zone) {
      if (c.zone() != Zone.LEAD || c.family() != Candidate.Family.LEGISLATION) {
        continue;
      }
      if (c.isNews() && !c.weak() && c.status() == DevelopmentStatus.FAILED) {
        return c.actor() == null && h.actor() != null ? c.withActor(h.actor()) : c;
      }
      return h; // the lead's first legislative reading decides
    }
    return h;
  }

  private static boolean retreat(Candidate h) {
    String t = h.field().original().substring(h.trigger().start(), h.trigger().end())
        .toLowerCase(Locale.ROOT);
    for (String p : RETREAT_PREFIXES) {
      if (t.startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}
