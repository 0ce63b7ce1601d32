package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.pack.TermRef.Category;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A company barring others from using its product for the technology sets a standing rule of
 * use, not a pause (docs/classifier-history.md "Rules from heldout-21").
 */
final class CustomerBar {

  private CustomerBar() {}

  /** Who a company may bar from its product: customers, not its own staff. */
  private static final Set<String> OWN = Set.of("its", "their", "own", "employees", "staff",
      "workers");

  /**
   * "Microsoft bars U.S. police from using its cloud service for facial recognition": a company
   * that bars others from using its product sets a rule of use for its customers — standing, not
   * a pause (a moratorium is temporary: domain.md). The party barred and "from" follow the verb
   * within six words; its own staff or people ("bars its employees from …") stop its own use,
   * which stays a pause. The caller checks that no temporary word goes with it ("for a year").
   */
  static boolean companyBarsCustomers(Tokens t, int sentenceEnd, Mention trig, List<Mention> tech) {
    if (!techAsPurpose(t, sentenceEnd, trig, tech)) {
      return false; // "bans police from using its facial recognition technology": it stops selling it
    }
    String v = t.lower(trig.tokStart());
    if (!(v.startsWith("bar") || v.startsWith("ban") || v.startsWith("prohibit")
        || v.startsWith("forbid") || v.startsWith("forbad"))) {
      return false;
    }
    for (int i = trig.tokEnd(); i < sentenceEnd; i++) {
      String w = t.lower(i);
      if (w.equals("until") || w.equals("temporarily") || w.equals("pending")
          || (w.equals("for") && spanFollows(t, i + 1, sentenceEnd))) {
        return false; // "for one year", "until a law is passed": a pause after all
      }
    }
    for (int i = trig.tokEnd(); i < Math.min(sentenceEnd, trig.tokEnd() + 6); i++) {
      String w = t.lower(i);
      if (OWN.contains(w)) {
        return false;
      }
      if (w.equals("from")) {
        return i > trig.tokEnd();
      }
    }
    return false;
  }

  /**
   * "from using its cloud service for facial recognition": the technology is named only as the
   * purpose ("for" right before it) of using another product, after the verb. A bar on the
   * company's own face recognition product stops its sale to them — a pause by the project's
   * convention (headlines.psv: "Microsoft bans police from using its facial recognition
   * technology" = announced).
   */
  private static boolean techAsPurpose(Tokens t, int sentenceEnd, Mention trig, List<Mention> tech) {
    boolean purpose = false;
    for (Mention m : tech) {
      if (m.tokStart() < trig.tokEnd() || m.tokStart() >= sentenceEnd
          || m.ref().category() == Category.LEXICON) {
        continue;
      }
      if (m.tokStart() > 0 && t.lower(m.tokStart() - 1).equals("for")) {
        purpose = true;
      } else {
        return false;
      }
    }
    return purpose;
  }

  /** "for one year", "for up to 90 days", "for now": a span right after "for". */
  private static boolean spanFollows(Tokens t, int from, int end) {
    for (int i = from; i < Math.min(end, from + 4); i++) {
      String w = t.lower(i);
      if (CalendarWords.SPAN_UNITS.contains(w) || w.equals("now")) {
        return true;
      }
    }
    return false;
  }
}
