package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "The gates compare a live image of the traveller's face with the photograph on the passport's
 * chip": matching a face against a stored image is face recognition, even when the article names
 * the technology only as "biometric". A verb of comparing, then "face" or "faces" within six
 * words, then a stored image within eight. Only asked for articles whose words name the broader
 * technology and not this one, so the loop runs on few texts.
 */
final class FaceComparison {

  private static final Set<String> COMPARING = Set.of(
      "compare", "compares", "compared", "comparing", "match", "matches", "matched", "matching",
      "check", "checks", "checked", "checking", "verify", "verifies", "verified", "verifying");
  private static final Set<String> FACES = Set.of("face", "faces", "face's");
  private static final Set<String> STORED = Set.of(
      "photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images",
      "watchlist", "watchlists", "database", "databases", "mugshot", "mugshots", "mug");

  private FaceComparison() {}

  static boolean described(Tokens t) {
    for (int i = 0; i < t.size(); i++) {
      if (!COMPARING.contains(t.lower(i))) {
        continue;
      }
      for (int j = i + 1; j < Math.min(t.size(), i + 7); j++) {
        if (!FACES.contains(t.lower(j))) {
          continue;
        }
        for (int k = j + 1; k < Math.min(t.size(), j + 9); k++) {
          if (STORED.contains(t.lower(k))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
