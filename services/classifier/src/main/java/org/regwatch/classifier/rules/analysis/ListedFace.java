package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * Whether a face term in the head is one item of the measure's wider object rather than the
 * object itself (round 28, subject_tech). Two shapes of the language:
 * <ul>
 *   <li>the face listed beside another body measurement named by its bare noun: "face scans and
 *       fingerprints", "fingerprints, DNA and facial images", "face geometry or voiceprints" —
 *       the measure covers the list, so biometrics;</li>
 *   <li>the face given as an example of a general biometric class named before it: "biometric
 *       identifiers such as face scans", "biometric identifying technology, including facial
 *       recognition", "biometric technologies like face matching" — the class is the object.</li>
 * </ul>
 * The reverse order stays with the face: "facial recognition and other biometric surveillance"
 * names the face first and the rest as its extension; annotators read that as facial
 * recognition, and this class never looks at a class named after the face term.
 */
final class ListedFace {

  private static final Set<String> MODALITIES = Set.of("fingerprint", "fingerprints",
      "fingerprinting", "iris", "irises", "voiceprint", "voiceprints", "dna", "palm", "palms",
      "palmprint", "palmprints", "gait", "retina", "retinas");
  private static final Set<String> GLUE = Set.of(",", "and", "or", "&");
  private static final Set<String> EXAMPLE = Set.of("such", "including", "like", "e.g.");
  /** A bare modality at most this many tokens from the face term. */
  private static final int LIST_REACH = 4;
  /** The generic class at most this many tokens before the face term ("biometric identifying
   *  technology, including"). */
  private static final int EXAMPLE_REACH = 6;

  private ListedFace() {}

  /** A face mention at tokens [start, end) listed with a bare other body measurement. */
  static boolean besideModality(Tokens t, int start, int end) {
    // after: "face scans and fingerprints"
    boolean glue = false;
    for (int i = end; i < Math.min(t.size(), end + LIST_REACH); i++) {
      String w = t.lower(i);
      if (MODALITIES.contains(w)) {
        if (glue) {
          return true;
        }
        break;
      }
      glue |= GLUE.contains(w);
      if (".".equals(w) || ";".equals(w)) {
        break;
      }
    }
    // before: "fingerprints, DNA and facial images"
    glue = false;
    for (int i = start - 1; i >= Math.max(0, start - LIST_REACH); i--) {
      String w = t.lower(i);
      if (MODALITIES.contains(w)) {
        return glue;
      }
      glue |= GLUE.contains(w);
      if (".".equals(w) || ";".equals(w)) {
        break;
      }
    }
    return false;
  }

  /**
   * A face mention at tokens [start, end) given as an example of a generic biometric class that
   * ends at one of {@code classEnds} before it, with "such as", "including" or "like" between.
   */
  static boolean exampleOfClass(Tokens t, int start, List<Integer> classEnds) {
    for (int classEnd : classEnds) {
      if (classEnd > start || start - classEnd > EXAMPLE_REACH) {
        continue;
      }
      for (int i = classEnd; i < start; i++) {
        if (EXAMPLE.contains(t.lower(i))) {
          return true;
        }
      }
    }
    return false;
  }
}
