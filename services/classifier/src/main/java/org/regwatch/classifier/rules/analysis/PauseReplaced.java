package org.regwatch.classifier.rules.analysis;

import java.util.List;
import org.regwatch.classifier.rules.text.Tokens;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;

/**
 * A pause replaced by a measure: "the vote replaces the moratorium the commission put in place a
 * year ago with a set of binding rules", "port replaces its pause with rules". The measure after
 * "with" is adopted (legislation enacted) only when a verb of replacing governs the pause noun the
 * trigger requires: "a moratorium with exemptions", "met the moratorium with relief" replace
 * nothing. A word loop over the words before the trigger, run only for its own trigger.
 */
public final class PauseReplaced {

  /** Words a determiner or possessive may take between the verb and the pause noun. */
  private static final int NOUN_GAP = 3;

  private PauseReplaced() {}

  static boolean replacesThePause(Tokens t, List<Mention> ms, int sentenceStart, Mention trig) {
    for (Mention m : ms) {
      if (m.tokEnd() > trig.tokStart()) {
        break;
      }
      if (!m.isLexicon("moratorium_noun")) {
        continue;
      }
      for (int i = m.tokStart() - 1; i >= Math.max(sentenceStart, m.tokStart() - NOUN_GAP); i--) {
        if (t.lower(i).startsWith("replac")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The news in which a pause is replaced by a measure: the moratorium that ends and the measure
   * put in force in one sentence ("the vote replaces the moratorium … with binding rules"), as
   * {ended pause, enacted measure}; null when no candidate of the list reads so.
   */
  public static Candidate[] replacement(List<Candidate> candidates) {
    for (Candidate law : candidates) {
      if (law.kind() != DevelopmentKind.LEGISLATION || !law.isNews()
          || law.status() != DevelopmentStatus.ENACTED || !byMeasure(law)) {
        continue;
      }
      for (Candidate pause : candidates) {
        if (pause.kind() == DevelopmentKind.MORATORIUM && pause.isNews()
            && pause.status() == DevelopmentStatus.ENDED
            && pause.field() == law.field() && pause.sentence().equals(law.sentence())) {
          return new Candidate[] {pause, law};
        }
      }
    }
    return null;
  }

  /** A legislation candidate read from "with (…) rules" after a replaced pause: the only
   *  legislation trigger that starts with "with" (pack entry {@code legislation-replaces-pause}). */
  static boolean byMeasure(Candidate legislation) {
    return "with".equals(legislation.field().tokens().lower(legislation.trigger().tokStart()));
  }
}
