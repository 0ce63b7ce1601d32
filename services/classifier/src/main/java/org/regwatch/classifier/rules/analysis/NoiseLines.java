package org.regwatch.classifier.rules.analysis;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines a feed page carries around the story that are not the story: "Related:" and "More on …"
 * link lists, "Read more", newsletter plugs, photo captions and credits. A development read from
 * one of them is a link to another article, so it is neither the headline nor an {@code also}.
 */
public final class NoiseLines {

  // Anchored at the line start: a sentence that merely contains "related" is ordinary prose.
  private static final Pattern NOISE = Pattern.compile(
      "^\\s*(?:related(?: stories| articles| coverage| reading)?\\s*[:|]"
          + "|more on\\b[^:]{0,60}:"
          + "|more from\\b[^:]{0,60}:"
          + "|see also\\s*:?"
          + "|also read\\s*:?"
          + "|read more\\b"
          + "|read next\\b"
          + "|recommended\\s*:"
          + "|(?:photo|picture|image|caption|pictured|file photo)\\s*[:(|]"
          + "|\\(?(?:photo|image) (?:credit|by)\\b"
          + "|sign up\\b|subscribe\\b|get our\\b[^.]{0,60}newsletter"
          + "|this (?:story|article) (?:first )?appeared\\b"
          + "|advertisement\\b)");

  private NoiseLines() {}

  /** Whether the sentence is page furniture rather than reporting. */
  public static boolean isNoise(String sentence) {
    // The pattern is anchored at the input's start (no MULTILINE), so find() could only match
    // there; lookingAt() tries that one position instead of failing '^' at every later one.
    return NOISE.matcher(sentence.toLowerCase(Locale.ROOT)).lookingAt();
  }

  static boolean isNoise(Candidate c) {
    String original = c.field().original();
    return isNoise(original.substring(c.sentence().start(), c.sentence().end()));
  }
}
