package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * heldout-24 rules: "making Lakeport the latest city in Ohio to ban it", "the first state in the
 * nation to pass such a law", "the latest in Massachusetts to adopt a ban": a place after "in"
 * that follows a rank (an ordinal, "latest", "only" …, with at most one noun between) is where the
 * subject is ranked, not a body that acts. Used by {@link ActorFinder}.
 */
final class RankPlace {

  private static final Set<String> RANKS = Set.of("first", "second", "third", "fourth", "fifth",
      "latest", "next", "only", "newest", "last", "largest", "biggest", "sixth", "seventh");

  private RankPlace() {}

  /** True when the place starting at {@code placeStart} is the scope of a ranking. */
  static boolean rankedIn(Tokens t, int sentenceStart, int placeStart) {
    int in = placeStart - 1;
    if (in > sentenceStart && t.lower(in).equals("the")) {
      in--; // "the latest city in the United States"
    }
    if (in <= sentenceStart || !t.lower(in).equals("in")) {
      return false;
    }
    for (int i = in - 1; i >= Math.max(sentenceStart, in - 3); i--) {
      if (RANKS.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
