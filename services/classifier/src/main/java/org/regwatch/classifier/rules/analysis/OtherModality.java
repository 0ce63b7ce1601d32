package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.text.Sentence;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "Scotland's code of practice on police biometrics comes into force … covers fingerprints, DNA,
 * photographs": a title that names only the broader technology is about biometrics in general
 * when its title or lead names a body measurement other than the face (fingerprints, iris, voice,
 * DNA, palm, gait); a face term further down is then one case of it. A biometric title whose lead
 * names only the face ("biometric search powers … face search", "biometrics freeze … face-scanning
 * gates") stays about facial recognition (rules from heldout-22/23, docs/classifier-history.md).
 */
final class OtherModality {

  private static final Set<String> MODALITIES = Set.of("fingerprint", "fingerprints",
      "fingerprinting", "iris", "irises", "iris-based", "voice", "voices", "voiceprint", "voiceprints", "dna",
      "palm", "palms", "palmprint", "gait", "vein", "veins", "retina", "retinas", "eye", "eyes");

  private OtherModality() {}

  static boolean named(FieldText title, FieldText text, List<Sentence> lead) {
    if (namedIn(title.tokens(), 0, title.tokens().size())) {
      return true;
    }
    Tokens t = text.tokens();
    for (Sentence s : lead) {
      if (namedIn(t, t.indexAtOrAfter(s.start()), t.indexAtOrAfter(s.end()))) {
        return true;
      }
    }
    return false;
  }

  /** The title names the face in plain words ("suspects' faces"), not as a technology term. */
  static boolean faceWordIn(FieldText title) {
    Tokens t = title.tokens();
    for (int i = 0; i < t.size(); i++) {
      String w = t.lower(i);
      if (w.equals("face") || w.equals("faces") || w.equals("facial") || w.startsWith("face-")) {
        return true;
      }
    }
    return false;
  }

  private static boolean namedIn(Tokens t, int from, int to) {
    for (int i = from; i < to && i < t.size(); i++) {
      if (MODALITIES.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
