package org.regwatch.classifier.rules.analysis;

import org.regwatch.classifier.rules.text.Sentence;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A place named by its adjective ("Canadian", "Russian", "German") can open the name of something
 * that is not the place: a company's own name ("Canadian Tire stores broke the law") or a
 * description of a company ("a Russian start-up", "German supermarket chain Real halts …"). There
 * the adjective names no organisation or government that acts, so it is no actor (round 24).
 *
 * <p>Kept: an adjective before a lowercase noun that is not a company ("Dutch police suspend …",
 * "Federal moratorium bill expires": the country's force, the country's bill), and any adjective
 * joined with a governing body before this check ("Canadian privacy commissioners"). In a Title
 * Case headline capitals mark no names, so only the company noun counts there. The adjectives are
 * the pack's lexicon {@code place_adjective}, so a new demonym is data, not code.
 */
final class PlaceAdjective {

  static final String LEXICON = "place_adjective";

  /** How far a company noun may follow the adjective ("German supermarket chain"). */
  private static final int COMPANY_NOUN_WINDOW = 3;

  private PlaceAdjective() {}

  /** The place mention is exactly a place adjective that opens another name or a company's. */
  static boolean opensOtherName(FieldText f, Sentence s, Mention place) {
    boolean adjective = false;
    for (Mention o : f.mentions(s)) {
      if (o.isLexicon(LEXICON) && o.tokStart() == place.tokStart() && o.tokEnd() == place.tokEnd()) {
        adjective = true;
        break;
      }
    }
    if (!adjective) {
      return false;
    }
    Tokens t = f.tokens();
    int next = place.tokEnd();
    int last = t.indexAtOrAfter(s.end());
    if (next >= last || !t.isWord(next)) {
      return false;
    }
    if (t.isCapitalised(next) && !ActorFinder.titleCase(t, s)) {
      return true; // "Canadian Tire": the capital opens a name that is not the place's
    }
    for (int i = next; i < last && i < next + COMPANY_NOUN_WINDOW && t.isWord(i); i++) {
      String word = t.lower(i);
      if (i + 2 < last && "-".equals(t.text(i + 1)) && t.isWord(i + 2)) {
        word = word + "-" + t.lower(i + 2); // "start-up" is three tokens
      }
      if (ActorFinder.COMPANY_NOUNS.contains(word)) {
        return true; // "a Russian start-up", "German supermarket chain": what kind of company
      }
    }
    return false;
  }
}
