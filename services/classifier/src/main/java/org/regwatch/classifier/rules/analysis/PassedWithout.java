package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Locale;

/**
 * Who acts when a chamber passes a bill "without" the technology's curbs (round 27, pack trigger
 * {@code legislation-passed-without}): "Senate passes spending bill without limits on TSA face
 * scans". The curbs that failed would have bound an agency named after "without" (TSA, police,
 * CBP); the nearest actor to the trigger is then that agency, which is no law-maker, and the
 * reading was lost. The body that passed the bill stands before the trigger: the nearest actor
 * before it of a law-making type acts; with none there ("TSA operates facial recognition without
 * limits on …") there is no step of a law.
 */
final class PassedWithout {

  static final String TRIGGER_ID = "legislation-passed-without";

  private PassedWithout() {}

  static Actor lawMakerBefore(List<Actor> actors, Mention trig, List<String> types) {
    Actor best = null;
    for (Actor a : actors) {
      if (a.tokEnd() <= trig.tokStart() && types.contains(a.type().name().toLowerCase(Locale.ROOT))
          && (best == null || a.tokStart() > best.tokStart())) {
        best = a;
      }
    }
    return best;
  }
}
