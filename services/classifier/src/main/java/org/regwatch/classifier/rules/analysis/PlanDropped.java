package org.regwatch.classifier.rules.analysis;

import java.util.List;

/**
 * heldout-24 rules: a plan given up. "Drops plan for face-scanning entry" gives up a USE of the
 * technology (an exit, pack {@code exit-plan-dropped}); "drops plans for a facial recognition ban"
 * gives up a MEASURE — the measure's own verbs read that (pack {@code legislation-plan-dropped},
 * {@code legislation-failed}). So the exit holds only when no measure noun (ban, law, rules …)
 * stands between the dropped plan and the end of its object, a few words on. The same round
 * reads a trial started again only with the technology as its object (TRIAL_RESUMED_ID).
 */
final class PlanDropped {

  static final String EXIT_ID = "exit-plan-dropped";
  /** Pack {@code moratorium-trial-resumed}: the technology must be the object of the trial or
   *  test started again, within a few words after it ("resume testing the software", "a second
   *  trial of the face recognition system"); a trial of a person, or a test of something else
   *  next to a face match named further on, resumes no use. */
  static final String TRIAL_RESUMED_ID = "moratorium-trial-resumed";
  static final int TRIAL_OBJECT_REACH = 6;
  /** Words after the trigger in which a measure noun makes the plan a plan of a measure. */
  private static final int OBJECT_REACH = 5;

  private PlanDropped() {}

  /** True when the dropped plan's object is a measure ("plans for a facial recognition ban"). */
  static boolean planOfAMeasure(List<Mention> ms, Mention trig) {
    for (Mention m : ms) {
      if (m.tokStart() >= trig.tokEnd() && m.tokStart() - trig.tokEnd() <= OBJECT_REACH
          && m.isLexicon("legislation_noun")) {
        return true;
      }
    }
    return false;
  }
}
