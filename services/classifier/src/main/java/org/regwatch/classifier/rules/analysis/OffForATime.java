package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * Round 17: a feature or a unit switched off, told in business and police words ("disables face
 * recognition in Illinois for now", "pulls the check in India while it reviews local rules",
 * "stood down its vans pending a review", "parks the software until a policy is written"). These
 * verbs also take things out for good, or mean something else ("pulled images from social media",
 * "took down the post"), so they pause only when the sentence tells the stop as temporary: a
 * temporary word near the verb (checked by the caller), or, after it in its sentence, what the stop
 * waits for ("until", "till", "pending") or the time it runs alongside ("while" followed by a
 * subject that acts meanwhile: "while it reviews", "while the regulator investigates").
 */
final class OffForATime {

  static final String TRIGGER_ID = "moratorium-off-for-a-time";
  private static final Set<String> WAITS = Set.of("until", "till", "pending");
  private static final Set<String> WHILE_SUBJECTS = Set.of("it", "they", "we", "the", "a", "an",
      "its", "their", "officials", "regulators", "lawyers", "investigators", "auditors");
  private static final int REACH = 14;

  private OffForATime() {}

  /** Words after a pause word that make it the name of a control: "a pause setting", "the pause
   *  button", "a freeze toggle" (round 17). */
  private static final Set<String> CONTROLS = Set.of("setting", "settings", "button", "buttons",
      "toggle", "toggles", "switch", "option", "options", "mode", "control", "controls");

  /** "Phone update adds pause setting for facial recognition": the trigger word names a control
   *  of a product, it is no verb and no pause anyone made. */
  static boolean controlOfAProduct(Tokens t, Mention trig) {
    int next = trig.tokEnd();
    if (next < t.size() && CONTROLS.contains(t.lower(next))) {
      return true;
    }
    // "adds pause setting": "setting" read as the verb "set" with the pause noun before it
    int first = trig.tokStart();
    return trig.tokEnd() - first == 1 && first > 0 && CONTROLS.contains(t.lower(first))
        && PAUSE_WORDS.contains(t.lower(first - 1));
  }

  private static final Set<String> PAUSE_WORDS = Set.of("pause", "freeze", "halt", "suspend",
      "suspension", "stop");

  /** "issued a directive on Wednesday suspending use of the software pending a review": a pause
   *  verb in -ing a few words after the policy trigger says what the directive or order does. */
  static boolean pauseTheOrderSays(Tokens t, Mention policy, Mention pause) {
    int gap = pause.tokStart() - policy.tokEnd();
    String id = pause.ref().name();
    // only a verb of pausing: "adopted a policy banning cameras" is the policy's content (a rule)
    return gap >= 0 && gap <= 6 && t.lower(pause.tokStart()).endsWith("ing")
        && ("moratorium-verb".equals(id) || TRIGGER_ID.equals(id));
  }

  /** "takes the system offline": the particle needs a form of "take" up to five words before it;
   *  "went offline", "stays offline" are faults or states, read by other triggers. */
  static boolean particleWithoutTake(Tokens t, Mention trig) {
    if (!t.lower(trig.tokStart()).equals("offline")) {
      return false;
    }
    for (int i = trig.tokStart() - 1; i >= Math.max(0, trig.tokStart() - 5); i--) {
      String w = t.lower(i);
      if (w.equals("take") || w.equals("takes") || w.equals("took") || w.equals("taken")
          || w.equals("taking")) {
        return false;
      }
    }
    return true;
  }

  /** Whether the stop, after the verb in its sentence, waits for something or runs alongside it. */
  static boolean waitsForSomething(Tokens t, int sentenceEnd, Mention trig) {
    int end = Math.min(sentenceEnd, trig.tokEnd() + REACH);
    for (int i = trig.tokEnd(); i < end; i++) {
      String w = t.lower(i);
      if (WAITS.contains(w)) {
        return true;
      }
      if ((w.equals("temporarily") || w.equals("now") && t.lower(i - 1).equals("for")
          || w.equals("being") && t.lower(i - 1).equals("time"))) {
        return true; // "disables it in Illinois and Texas for now", "for the time being"
      }
      if (w.equals("while") && i + 1 < sentenceEnd && WHILE_SUBJECTS.contains(t.lower(i + 1))) {
        return true;
      }
    }
    return false;
  }
}
