package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A person described by the bill they wrote: "Assemblymember Jane Roe, the author of a bill to bar
 * police from using facial recognition", "a senator who is the sponsor of a bill to ban it". The
 * noun phrase says who someone is; no bill is introduced, voted or signed in it, so neither the
 * bill's content verb ("to bar") nor the noun "sponsor" reports a proposal. A verb of the bill
 * itself in the same sentence ("the author of a new bill, introduced on Monday, to ban …") still
 * does. Word loops around the trigger, run only for content verbs and for "sponsor"/"author" as
 * a trigger (rules from heldout-17).
 */
final class BillAuthor {

  private static final Set<String> PERSON_NOUNS = Set.of(
      "author", "authors", "sponsor", "sponsors", "co-sponsor", "co-sponsors", "cosponsor",
      "cosponsors", "architect", "architects", "champion", "champions", "co-author", "co-authors");
  /** How far a content verb may stand after its bill noun ("a bill to bar", "a bill that would"). */
  private static final int CONTENT_REACH = 3;
  /** Determiners and adjectives between "of" and the bill noun ("of a new state bill"). */
  private static final int NOUN_GAP = 3;

  private BillAuthor() {}

  /** The trigger is the noun "sponsor"/"author" followed by "of": a description, not a step. */
  static boolean personNoun(Tokens t, Mention trig) {
    return trig.tokEnd() - trig.tokStart() == 1 && PERSON_NOUNS.contains(t.lower(trig.tokStart()))
        && trig.tokEnd() < t.size() && t.lower(trig.tokEnd()).equals("of");
  }

  /** A content verb ("to bar", "banning") of a bill noun that follows "author of"/"sponsor of". */
  static boolean contentOfAuthoredBill(Tokens t, List<Mention> ms, int sentenceStart, Mention trig) {
    for (Mention m : ms) {
      if (!m.isLexicon("legislation_noun") || m.tokEnd() > trig.tokStart()
          || trig.tokStart() - m.tokEnd() > CONTENT_REACH) {
        continue;
      }
      for (int i = m.tokStart() - 1; i >= Math.max(sentenceStart + 1, m.tokStart() - NOUN_GAP - 1); i--) {
        if (t.lower(i).equals("of") && PERSON_NOUNS.contains(t.lower(i - 1))) {
          return true;
        }
      }
    }
    return false;
  }
}
