package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * Demand words that report no demand (round 26, docs/rules.md "Legislation stages the judge
 * missed"). Two shapes, both about a measure already made:
 * <ul>
 *   <li>a verb of pressing in the passive with its agent ("the ordinance, pushed by the mayor's
 *       administration and adopted on July 21", "a law backed by the governor"): it names who
 *       promoted the measure, not a call for it;</li>
 *   <li>"must" whose duty comes from a law named after it ("police must now stop using it under a
 *       law signed this month", "agencies must delete the images under the new ordinance"): the law
 *       imposes the duty; nobody asks for it.</li>
 * </ul>
 * A demand that merely stands near a law ("activists say police must stop, and want a law") has
 * no "under" and stays a demand.
 */
final class LawsDuty {

  private LawsDuty() {}

  private static final Set<String> PASSIVE_PRESSING = Set.of("pushed", "pressed", "lobbied",
      "requested", "pressured", "urged", "demanded", "recommended", "advocated", "championed",
      "backed", "wanted", "sought", "proposed");
  private static final Set<String> DUTY = Set.of("must", "required", "obliged", "obligated");
  private static final Set<String> LAWS = Set.of("law", "laws", "ordinance", "ordinances", "statute",
      "act", "regulation", "regulations", "decree", "by-law", "bylaw");
  private static final Set<String> BETWEEN = Set.of("a", "an", "the", "new", "its", "their", "this",
      "that", "state", "city", "county", "federal", "national", "local", "recent", "state's",
      "city's", "country's");

  /** True when the demand mention is no demand in one of the two shapes above. */
  static boolean noDemand(Tokens t, Mention demand, int trigger, int sentenceLast) {
    return passiveWithAgent(t, demand) || dutyUnderLaw(t, demand, sentenceLast);
  }

  /** "pushed by", "backed by": a one-word pressing verb followed at once by "by". */
  private static boolean passiveWithAgent(Tokens t, Mention demand) {
    if (demand.tokEnd() - demand.tokStart() != 1 || !PASSIVE_PRESSING.contains(t.lower(demand.tokStart()))) {
      return false;
    }
    int next = demand.tokEnd();
    return next < t.size() && t.lower(next).equals("by");
  }

  /** "must … under a law …" within the same clause (12 words). */
  private static boolean dutyUnderLaw(Tokens t, Mention demand, int sentenceLast) {
    if (!DUTY.contains(t.lower(demand.tokStart()))) {
      return false;
    }
    int end = Math.min(sentenceLast, demand.tokEnd() + 12);
    for (int i = demand.tokEnd(); i < end; i++) {
      if (!t.lower(i).equals("under")) {
        continue;
      }
      for (int j = i + 1; j < Math.min(sentenceLast, i + 5); j++) {
        String w = t.lower(j);
        if (LAWS.contains(w)) {
          return true;
        }
        if (!BETWEEN.contains(w)) {
          break;
        }
      }
    }
    return false;
  }
}
