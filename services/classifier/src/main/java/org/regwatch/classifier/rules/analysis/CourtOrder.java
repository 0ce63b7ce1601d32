package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;

/**
 * A court that halts, suspends or freezes a system ("Judge halts subway's face-recognition rollout",
 * "court suspends the system until the case is decided") imposes a pause on its use: a moratorium
 * by the court, not enforcement. A court that stops a named company ("Judge blocks Clearview AI
 * from selling …") still enforces against it.
 */
final class CourtOrder {

  private static final Set<String> COURT_WORDS = Set.of("judge", "court", "tribunal", "justice",
      "magistrate", "judges", "courts");

  /** What a court halts that is its own business, not the technology's use. */
  private static final Set<String> PROCEEDINGS = Set.of("trial", "case", "lawsuit", "suit",
      "hearing", "hearings", "proceedings", "litigation", "ruling", "deportation", "extradition",
      "prosecution", "sentencing", "execution");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his",
      "her");

  private CourtOrder() {}

  /** "Judge halts trial of man identified by …", "pauses lawsuit over …": a court proceeding
   *  stopped, no pause of the technology (and no enforcement either). */
  static boolean haltsProceeding(org.regwatch.classifier.rules.text.Tokens t, Actor actor, Mention trig) {
    if (!isCourt(actor)) {
      return false;
    }
    int i = trig.tokEnd();
    while (i < t.size() && DETERMINERS.contains(t.lower(i))) {
      i++;
    }
    return i < t.size() && PROCEEDINGS.contains(t.lower(i));
  }

  static boolean isCourt(Actor actor) {
    if (actor == null || actor.name() == null) {
      return false;
    }
    String n = actor.name().strip().toLowerCase(java.util.Locale.ROOT);
    int sp = n.lastIndexOf(' ');
    return COURT_WORDS.contains(sp < 0 ? n : n.substring(sp + 1));
  }

  /** The court's stop verb has no company as its object (within {@code reach} words after it). */
  static boolean suspendsUse(Actor actor, List<Actor> actors, Mention trig, int reach) {
    if (!isCourt(actor)) {
      return false;
    }
    for (Actor a : actors) {
      if (a.type() == ActorType.COMPANY && a.tokStart() >= trig.tokEnd()
          && a.tokStart() - trig.tokEnd() <= reach) {
        return false;
      }
    }
    return true;
  }
}
