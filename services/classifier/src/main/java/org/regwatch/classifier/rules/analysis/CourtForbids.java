package org.regwatch.classifier.rules.analysis;

import java.util.List;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A ruling told as what it forbids (round 31; the pack's {@code enforcement-ruling-forbids}):
 * "Employers cannot force staff to clock in with fingerprints, Berlin court rules", "a labour
 * court has ruled that police may not keep the images". The verb reports a decision only when a
 * court or a regulator stands right before it ("court rules", "court in Berlin has ruled") — "the
 * rules cannot be enforced" is a noun — or right after it in an inverted report ("…, rules the court").
 */
final class CourtForbids {

  static final String TRIGGER_ID = "enforcement-ruling-forbids";
  /** Words between the deciding body's last word and the verb: "court in Berlin has ruled". */
  private static final int REACH = 4;

  private CourtForbids() {}

  /** The court or regulator whose verb this is, or null; a court may be named by its common noun
   *  alone ("…, court rules"). */
  static Actor decider(Tokens t, int sentenceStart, List<Actor> actors, Mention trig) {
    Actor court = CourtRuling.courtBefore(t, sentenceStart, actors, trig);
    if (court != null && trig.tokStart() - court.tokEnd() <= REACH) {
      return court;
    }
    for (Actor a : actors) {
      if (a.type() != ActorType.REGULATOR) {
        continue;
      }
      boolean before = a.tokEnd() <= trig.tokStart() && trig.tokStart() - a.tokEnd() <= REACH;
      boolean after = a.tokStart() >= trig.tokEnd() && a.tokStart() - trig.tokEnd() <= 1;
      if (before || after) {
        return a;
      }
    }
    return null;
  }
}
