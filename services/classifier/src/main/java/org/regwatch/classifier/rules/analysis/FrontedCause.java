package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A fronted adverbial of cause that holds a word of asking (round 27): "Under pressure from
 * shareholders, the chain said it would halt …", "After calls from campaigners, the council voted
 * to ban …", "Amid pressure from investors, vendor pauses …". The phrase opens the sentence with a
 * preposition and closes at its first comma; what it holds is why the main clause acts, so a
 * demand inside it does not reach a trigger after that comma. The demand window (nine words,
 * commas not ending it) otherwise carries the ask across, which is right for "Campaigners urged the
 * council, which meets Monday, to ban …": there the sentence does not open with such a
 * preposition, so the ask still governs the infinitive.
 */
final class FrontedCause {

  private FrontedCause() {}

  /** Prepositions that open a phrase of cause or circumstance before the main clause. */
  private static final Set<String> OPENERS = Set.of("under", "after", "amid", "amidst", "following",
      "facing", "despite", "bowing", "responding");
  /** The fronted phrase is short: a comma further than this from its start is not its end. */
  private static final int MAX_PHRASE = 14;

  /**
   * The first word after the comma that closes a fronted phrase of cause opening the sentence at
   * {@code first}, when that comma comes before {@code trigger}; else -1.
   */
  static int end(Tokens t, int first, int trigger) {
    int i = first;
    // a quote or bracket may open a title
    while (i < trigger && !t.isWord(i)) {
      i++;
    }
    if (i >= trigger) {
      return -1;
    }
    String w = t.lower(i);
    boolean opener = OPENERS.contains(w)
        || w.equals("in") && i + 2 < trigger && t.lower(i + 1).equals("response") && t.lower(i + 2).equals("to");
    if (!opener) {
      return -1;
    }
    for (int k = i + 1; k < trigger && k <= i + MAX_PHRASE; k++) {
      if (!t.isWord(k) && t.first(k) == ',') {
        return k + 1;
      }
    }
    return -1;
  }
}
