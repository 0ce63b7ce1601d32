package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * Use that comes back after a stop, told without "resume": the technology "back on the streets"
 * (where it is used), or used "for the first time in two years" / "the first time since" a date.
 * Both presuppose that use had stopped, so a pause ended. Word loops over the trigger's sentence.
 */
final class Resumption {

  /** Where a police or retail technology is used: "back on London's streets", "back on patrol". */
  private static final Set<String> PLACES_OF_USE = Set.of(
      "streets", "street", "roads", "patrol", "duty", "beat");
  private static final Set<String> USE_VERBS = Set.of(
      "use", "uses", "used", "using", "deploy", "deploys", "deployed", "deploying", "operate",
      "operates", "operated", "operating", "scan", "scans", "scanned", "scanning", "point", "points",
      "pointed", "pointing", "run", "runs", "ran", "running", "switched", "turned");
  private static final Set<String> PERIODS = Set.of(
      "year", "years", "month", "months", "weeks");

  private Resumption() {}

  /**
   * "Live facial recognition cameras back on London's streets": the particle "back on" followed
   * (within two words: "the", a possessive name) by a place of use, with the technology named
   * before it — what came back is the technology, not protesters ("Protesters back on the streets
   * over facial recognition").
   */
  static boolean backInPlace(Tokens t, int sentenceEnd, Mention backOn, List<Mention> techSpans) {
    boolean place = false;
    for (int i = backOn.tokEnd(); i < Math.min(sentenceEnd, backOn.tokEnd() + 4); i++) {
      if (PLACES_OF_USE.contains(t.lower(i))) {
        place = true;
        break;
      }
    }
    if (!place) {
      return false;
    }
    for (Mention m : techSpans) {
      if (m.tokEnd() <= backOn.tokStart() && backOn.tokStart() - m.tokEnd() <= 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the first time the force has used the technology in almost two years", "deployed the cameras
   * for the first time since 2020": "first time" with a verb of use within twelve words before it
   * (a place and a day can stand between: "used it at the match on Saturday for the first time
   * since …") or eight after, and, after it, "since …" or "in" a span of years or months. "The first time a city banned it" (no
   * period) or "first time in history" (no span) is a first, not a return.
   */
  static boolean firstUseAfterAGap(Tokens t, int sentenceStart, int sentenceEnd, Mention firstTime) {
    boolean use = false;
    for (int i = Math.max(sentenceStart, firstTime.tokStart() - 12);
        i < Math.min(sentenceEnd, firstTime.tokEnd() + 8); i++) {
      if (USE_VERBS.contains(t.lower(i))) {
        use = true;
        break;
      }
    }
    if (!use) {
      return false;
    }
    return gapEnd(t, sentenceEnd, firstTime) >= 0;
  }

  /**
   * "the first time it has operated it since the suspension": the trigger reaches through the
   * "since" that makes the first a return, so that "since" is not read as a background cue of its
   * own. The widened trigger, or the trigger itself when the gap is told otherwise.
   */
  static Mention throughSince(Tokens t, int sentenceEnd, Mention firstTime) {
    int end = gapEnd(t, sentenceEnd, firstTime);
    if (end <= firstTime.tokEnd() || !t.lower(end - 1).equals("since")) {
      return firstTime;
    }
    return new Mention(firstTime.ref(), firstTime.start(), t.end(end - 1), firstTime.tokStart(), end);
  }

  /** The token after the word that tells the gap ("since", or the span after "in"), or -1. */
  private static int gapEnd(Tokens t, int sentenceEnd, Mention firstTime) {
    if (t.lower(firstTime.tokEnd() - 1).equals("since")) {
      return firstTime.tokEnd();
    }
    for (int i = firstTime.tokEnd(); i < Math.min(sentenceEnd, firstTime.tokEnd() + 14); i++) {
      String w = t.lower(i);
      if (w.equals("since")) {
        return i + 1;
      }
      if (w.equals("in")) {
        for (int j = i + 1; j < Math.min(sentenceEnd, i + 5); j++) {
          if (PERIODS.contains(t.lower(j))) {
            return j + 1;
          }
        }
      }
    }
    return -1;
  }
}
