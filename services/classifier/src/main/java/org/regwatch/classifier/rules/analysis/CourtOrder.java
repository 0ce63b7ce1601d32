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

  private CourtOrder() {}

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
