package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A measure complied with is no step of it. Two shapes, one per round that found them:
 *
 * <p>Obeying a measure (round 26, docs/rules.md "Legislation stages the judge missed"): "Police chief says department will comply with face-recognition ban", "the force
 * will abide by the ordinance", "agencies must follow the freeze". The ban, ordinance or freeze
 * named as the object of a verb of obeying is someone else's measure; the agency that obeys it
 * neither pauses nor legislates (the measure itself is told elsewhere: the council's vote). Only a
 * trigger that is the measure noun itself is read so; a verb of the measure's own ("will comply
 * with the law signed on Monday": "signed") is not, since the noun is not the trigger.
 *
 * <p>A law named as the standard a product or a practice meets (round 25, docs/rules.md "Looking
 * back, complying, and spans without a number"): product and sales stories name laws as what they
 * comply with ("Vendor launches face matching, pitches compliance with state biometric laws",
 * "markets its cameras as compliant with the new rules", "rolls out an opt-in mode to conform to
 * privacy laws"). The trigger's verb is the company's marketing, and the law is its object only
 * through the compliance word: a compliance word within four words after the trigger makes the
 * reading background. Against: "Senator pitches bill to curb facial recognition" and "Lawmakers
 * unveil a bill requiring compliance audits" keep their proposal (no compliance word between the
 * verb and the law, or the law noun comes first).
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

  /** Words that make the following law the standard met, not the thing put forward. */
  private static final Set<String> STANDARD_MET = Set.of("compliance", "comply", "complying",
      "complies", "compliant", "conform", "conforms", "conforming", "conformity", "accordance");
  private static final int STANDARD_WINDOW = 4;

  /** A compliance word within four words after the trigger, before the sentence's end [.., to). */
  static boolean lawAsStandard(Tokens t, Mention trig, int to) {
    int end = Math.min(to, trig.tokEnd() + STANDARD_WINDOW);
    for (int i = trig.tokEnd(); i < end; i++) {
      if (STANDARD_MET.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

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
