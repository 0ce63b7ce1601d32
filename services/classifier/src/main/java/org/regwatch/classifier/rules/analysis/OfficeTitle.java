package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.pack.TermRef.Category;
import org.regwatch.classifier.rules.text.Sentence;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A regulator's bare lowercase title ("commissioner") acts only as a headline subject, where
 * headlines drop the article: "X broke privacy law, commissioner finds". With an article in its
 * noun phrase ("scrapped the surveillance camera commissioner", "a biometrics commissioner") the
 * sentence talks about the office (created, scrapped, appointed), which takes no action there
 * (round 24). After a force word ("police commissioner") the title is the force's head, who
 * pauses the force's own use: no regulator either.
 */
final class OfficeTitle {

  /** Bare titles the pack lists in lowercase only (regulator terms "=commissioner"). */
  private static final Set<String> BARE_TITLES = Set.of("commissioner");

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /** How many words of a noun phrase may stand between the article and the title. */
  private static final int PHRASE_WORDS = 4;

  private OfficeTitle() {}

  static boolean officeReferredTo(FieldText f, Sentence s, Mention body) {
    if (!BARE_TITLES.contains(f.masked().substring(body.start(), body.end()))) {
      return false;
    }
    for (Mention o : f.mentions(s)) {
      if (o.tokEnd() == body.tokStart()
          && ((o.is(Category.BODY) && "agency".equals(o.ref().name())) || o.is(Category.SCOPE))) {
        return true; // "Police commissioner orders halt": the force's head, not a regulator
      }
    }
    Tokens t = f.tokens();
    int first = t.indexAtOrAfter(s.start());
    for (int i = body.tokStart() - 1; i >= first && i >= body.tokStart() - PHRASE_WORDS && t.isWord(i); i--) {
      if (ARTICLES.contains(t.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
