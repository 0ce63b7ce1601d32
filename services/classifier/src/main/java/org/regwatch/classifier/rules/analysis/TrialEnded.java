package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A trial of the technology brought to an end: "police end Amazon face-recognition test", "ended
 * its facial recognition trial", "closing out its pilot of face matching". The trial noun (pack
 * trigger {@code exit-trial-ended}) is a stop for good only with a verb of ending a few words
 * before it and the technology named between them or right after the noun ("trial of facial
 * recognition"); "the judge ended the trial of a man identified by facial recognition" ends a court
 * case. Word loops run only for this trigger (rules from heldout-17).
 */
final class TrialEnded {

  private static final Set<String> END_VERBS = Set.of(
      "end", "ends", "ended", "ending", "conclude", "concludes", "concluded", "concluding",
      "terminate", "terminates", "terminated", "terminating");
  private static final Set<String> OUT_VERBS = Set.of(
      "close", "closes", "closed", "closing", "wind", "winds", "wound", "winding", "wrap", "wraps",
      "wrapped", "wrapping");
  /** Words between the verb and the noun ("end Amazon's face-recognition test", "its pilot"). */
  private static final int REACH = 5;
  /** "trial of facial recognition", "pilot of the face-matching software". */
  private static final int AFTER = 3;

  private TrialEnded() {}

  /** The index of the verb that ends a trial of the technology, or -1. */
  static int endingVerb(Tokens t, int sentenceStart, Mention trig, List<Mention> named) {
    int verb = -1;
    for (int i = trig.tokStart() - 1; i >= Math.max(sentenceStart, trig.tokStart() - REACH - 1); i--) {
      String w = t.lower(i);
      if (END_VERBS.contains(w)) {
        verb = i;
        break;
      }
      if ((w.equals("out") || w.equals("up")) && i > sentenceStart && OUT_VERBS.contains(t.lower(i - 1))) {
        verb = i - 1;
        break;
      }
      if (!t.isWord(i) && t.first(i) != '-' && t.first(i) != '\'') {
        return -1; // a clause break between verb and noun
      }
    }
    if (verb < 0) {
      return -1;
    }
    for (Mention m : named) {
      boolean between = m.tokStart() > verb && m.tokEnd() <= trig.tokStart();
      boolean rightAfter = m.tokStart() >= trig.tokEnd() && m.tokStart() - trig.tokEnd() <= AFTER
          && t.lower(trig.tokEnd()).equals("of");
      if (between || rightAfter) {
        return verb;
      }
    }
    return -1;
  }

  /** The trigger read from the verb to the noun, so that the one who ends the trial is the
   *  subject before the verb, not the maker named in the object ("police end Amazon … test"). */
  static Mention fromVerb(Tokens t, int verb, Mention trig) {
    return new Mention(trig.ref(), t.start(verb), trig.end(), verb, trig.tokEnd());
  }
}
