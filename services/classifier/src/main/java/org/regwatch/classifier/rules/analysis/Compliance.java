package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * Obeying a measure is no step of it (round 26, docs/rules.md "Legislation stages the judge
 * missed"): "Police chief says department will comply with face-recognition ban", "the force
 * will abide by the ordinance", "agencies must follow the freeze". The ban, ordinance or freeze
 * named as the object of a verb of obeying is someone else's measure; the agency that obeys it
 * neither pauses nor legislates (the measure itself is told elsewhere: the council's vote). Only a
 * trigger that is the measure noun itself is read so; a verb of the measure's own ("will comply
 * with the law signed on Monday": "signed") is not, since the noun is not the trigger.
 */
final class Compliance {

  private Compliance() {}

  private static final Set<String> OBEY = Set.of("comply", "complies", "complied", "complying",
      "abide", "abides", "abided", "abiding", "obey", "obeys", "obeyed", "obeying", "adhere",
      "adheres", "adhered", "adhering", "follow", "follows", "followed", "following", "respect",
      "respects", "respected", "respecting", "honor", "honour", "honors", "honours");
  private static final Set<String> MEASURE_NOUNS = Set.of("ban", "bans", "ordinance", "ordinances",
      "law", "laws", "moratorium", "moratoriums", "moratoria", "prohibition", "freeze", "pause",
      "statute", "restrictions", "limits", "rules");

  /** True when the trigger is a measure noun that a verb of obeying, up to five words before, takes as its object. */
  static boolean obeyed(Tokens t, int sentenceFirst, Mention trigger) {
    if (trigger.tokEnd() - trigger.tokStart() != 1 || !MEASURE_NOUNS.contains(t.lower(trigger.tokStart()))) {
      return false;
    }
    for (int i = Math.max(sentenceFirst, trigger.tokStart() - 5); i < trigger.tokStart(); i++) {
      if (OBEY.contains(t.lower(i))) {
        // "following the ban" as a time word ("in the months following the ban") is no obeying
        String w = t.lower(i);
        if (w.equals("following") || w.equals("followed")) {
          return false;
        }
        return true;
      }
    }
    return false;
  }
}
