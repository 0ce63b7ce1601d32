package org.regwatch.classifier.rules.analysis;

import org.regwatch.classifier.rules.text.Tokens;

/**
 * "… since 2020, when several companies stepped back from selling it", "in 2019, when the city
 * banned it": a "when" clause right after an earlier year is dated by that year — what it tells
 * is background, however far the year stands from the trigger. A backward word loop from the
 * trigger to the sentence start (rules from heldout-13, docs/classifier-history.md).
 */
final class DatedWhenClause {

  private DatedWhenClause() {}

  static boolean before(Tokens t, int first, int trigger, int referenceYear) {
    if (referenceYear <= 0) {
      return false;
    }
    for (int i = trigger - 1; i > first; i--) {
      if (!t.lower(i).equals("when")) {
        continue;
      }
      int y = i - 1;
      if (y > first && !t.isWord(y) && t.first(y) == ',') {
        y--;
      }
      String w = t.text(y);
      return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && CueScanner.allDigits(w)
          && Integer.parseInt(w) < referenceYear;
    }
    return false;
  }
}
