package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * How real coverage tells a pause, its extension and its end without the usual verb (rules from
 * heldout-7/8, docs/classifier-history.md "Rules from heldout-7/8"). Pure word checks on a sentence that
 * already carries a trigger: no regex, no allocation beyond the loop.
 */
final class PauseWording {

  /** Verbs that take "back on" as their particle: "switched the cameras back on". */
  private static final Set<String> SWITCH_VERBS = Set.of("switch", "switches", "switched",
      "switching", "turn", "turns", "turned", "turning");
  /** The restriction verbs of the ban family: they set rules of use, they stop nothing. */
  private static final Set<String> RULE_VERBS = Set.of("restrict", "restricts", "restricted",
      "restricting", "restriction", "restrictions", "limit", "limits", "limited", "limiting",
      "regulate", "regulates", "regulated", "regulating", "curb", "curbs", "curbed", "curbing",
      "rein", "reins", "reined", "reining");

  /** Nouns before "may not" that name the company bound by terms ("the company may not sell"). */
  private static final Set<String> BOUND_COMPANY = Set.of("company", "firm", "it", "vendor",
      "startup", "maker", "retailer", "chain");

  /** The people of the body that acts: "bars officers from", "tells its staff to stop". */
  private static final Set<String> OWN_PEOPLE = Set.of("officers", "its", "their", "employees",
      "staff", "agents", "detectives", "investigators", "personnel", "deputies", "workers");

  private PauseWording() {}

  /**
   * "LAPD bars officers from commercial facial recognition": a body whose name the gazetteer does
   * not know that bars its own people stops its own use, like a force or a company — not a law.
   */
  static boolean barsOwnPeople(Tokens t, Mention trig) {
    return trig.tokEnd() < t.size() && OWN_PEOPLE.contains(t.lower(trig.tokEnd()));
  }

  /**
   * "switched the face-matching cameras back on": a switch verb up to {@code reach} words before
   * "back on" makes it a resumption; "cut back on", "back on the agenda" are not.
   */
  static boolean switchedBackOn(Tokens t, Mention backOn, int reach) {
    return switchVerb(t, backOn, reach) >= 0;
  }

  /**
   * "switched the cameras back on" is one verb: the trigger spans from the switch verb to the
   * particle, so negation, hedges and "had" are looked for before the verb ("did not switch …
   * back on"), not before the particle.
   */
  static Mention fromSwitchVerb(Tokens t, Mention backOn, int reach) {
    int v = switchVerb(t, backOn, reach);
    return v < 0 ? backOn : new Mention(backOn.ref(), t.start(v), backOn.end(), v, backOn.tokEnd());
  }

  /**
   * What is switched back on stands between the verb and the particle ("switched the face-matching
   * cameras back on", "switched it back on"); "switched their body cameras back on after the
   * facial recognition ban" switched something else. {@code techSpans} are the sentence's
   * technology mentions and generic tech nouns.
   */
  static boolean techBetween(List<Mention> techSpans, Mention widened, Mention backOn) {
    for (Mention m : techSpans) {
      if (m.tokStart() > widened.tokStart() && m.tokEnd() <= backOn.tokStart()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "may not sell" is a pause only when it binds the company that accepts it ("the company may not
   * provide its service …", "Clearview may not sell …"); "vendors may not sell … under the new law"
   * is what a law says, someone else's measure.
   */
  static boolean bindsACompany(Tokens t, Mention trig, Actor actor) {
    if (!t.equalsIgnoreCase(trig.tokStart(), "may")) {
      return true;
    }
    int before = trig.tokStart() - 1;
    if (before >= 0 && BOUND_COMPANY.contains(t.lower(before))) {
      return true;
    }
    return actor != null && actor.type() == ActorType.COMPANY && actor.tokEnd() == trig.tokStart();
  }

  private static int switchVerb(Tokens t, Mention backOn, int reach) {
    for (int i = backOn.tokStart() - 1; i >= 0 && i >= backOn.tokStart() - reach; i--) {
      if (SWITCH_VERBS.contains(t.lower(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * "postpones the end date of its suspension", "delays the sunset of the pause": the end word is
   * the object of a deferral, so it ends nothing. Only an end word that is itself an expiry noun
   * ("end date", "sunset"): in "Bill to extend the ban expires in committee" the bill lapses.
   * {@code deferrals} are the deferral triggers' mentions in the sentence.
   */
  static boolean deferredEnd(List<Mention> ms, List<Mention> deferrals, Mention end) {
    boolean expiryNoun = false;
    for (Mention m : ms) {
      expiryNoun |= m.isLexicon("expiry") && m.overlaps(end);
    }
    if (!expiryNoun) {
      return false;
    }
    for (Mention d : deferrals) {
      if (d.tokEnd() <= end.tokStart() && end.tokStart() - d.tokEnd() <= 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * An extension told as a moved end date or more time needs a measure in force in its sentence:
   * "pushed back the deadline for the bill" or "will run for two more years" said of a contract
   * extend no pause.
   */
  /** Words that name a point in time after "runs to": a month, an end, a year (checked apart). */
  private static final Set<String> TIME_POINT = CalendarWords.with(Set.of("end", "close", "middle",
      "start", "spring", "summer", "autumn", "fall", "winter", "jan", "feb", "mar", "apr",
      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"), CalendarWords.MONTHS);

  /**
   * "now runs to the close of 2025", "will now last until June": what the measure runs to is a
   * point in time (a year, a month, the end of something) within five words; "now runs to 300
   * pages" measures a length, not a new end date.
   */
  static boolean runsToATime(Tokens t, Mention trig) {
    for (int i = trig.tokEnd(); i < Math.min(t.size(), trig.tokEnd() + 5); i++) {
      String w = t.lower(i);
      if (TIME_POINT.contains(w)) {
        return true;
      }
      if (w.length() == 4 && (w.startsWith("19") || w.startsWith("20"))
          && Character.isDigit(w.charAt(2)) && Character.isDigit(w.charAt(3))) {
        return true;
      }
    }
    return false;
  }

  /** What a body holds off on when it is its own process, not the technology. */
  private static final Set<String> PROCESS_OBJECTS = Set.of("vote", "votes", "voting", "decision",
      "decisions", "ruling", "bill", "bills", "ordinance", "measure", "legislation", "proposal",
      "debate", "hearing", "action");

  /**
   * "Council holds off on facial recognition ban vote", "holds off on a decision": holding off on
   * its own vote or decision delays a step, it pauses no use. Only for "hold off": the older pause
   * verbs keep their reading.
   */
  static boolean holdsOffAProcess(Tokens t, Mention trig) {
    String w = t.lower(trig.tokStart());
    if (!(w.equals("hold") || w.equals("holds") || w.equals("held") || w.equals("holding"))) {
      return false;
    }
    for (int i = trig.tokEnd(); i < Math.min(t.size(), trig.tokEnd() + 6); i++) {
      if (!t.isWord(i)) {
        return false; // the object ends at punctuation
      }
      if (PROCESS_OBJECTS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean measureInSentence(List<Mention> ms, Mention trig) {
    for (Mention m : ms) {
      if (m != trig && (m.isLexicon("moratorium_noun") || m.isLexicon("measure_in_force"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "agree to new limits", "restricts how officers may use it": a company or police force that
   * limits its own use sets rules of use — a pause only with a period ("for one year").
   */
  static boolean rulesOfUse(Tokens t, Mention trig) {
    int i = trig.tokStart();
    return RULE_VERBS.contains(t.lower(i)) && !offLimits(t, i);
  }

  /** "keeps Rekognition off-limits to police": "off limits" puts it out of use, it sets no rule. */
  private static boolean offLimits(Tokens t, int limits) {
    int before = limits - 1;
    if (before >= 0 && t.lower(before).equals("-")) {
      before--;
    }
    return before >= 0 && t.lower(before).equals("off");
  }
}
