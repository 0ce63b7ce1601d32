package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * Round 20: measures that are only wished for. Two forms of the language:
 * <ul>
 *   <li>a measure someone drafts for others to adopt ("is drafting facial recognition rules it
 *       wants lawmakers to adopt", "proposed a set of rules and said it would ask lawmakers to adopt
 *       them", "a model law it hopes states will pass"): what the drafter asks of the ones who
 *       legislate is advocacy, no bill exists. A formal step by the sponsor ("introduces a bill she
 *       wants colleagues to pass") is news and stays.</li>
 *   <li>a measure shareholders or investors vote on ("Shareholder proposal to halt sales wins 3%
 *       of vote", "Amazon shareholders gave the sales ban little support"): a shareholder proposal
 *       asks a company to act and binds nothing, whatever its vote. A company that acts after
 *       the vote ("halts sales after shareholder vote") still acts.</li>
 * </ul>
 */
final class WishedMeasure {

  /** Verbs of wishing that the drafted measure be adopted by someone else. */
  private static final Set<String> WISHES = Set.of("want", "wants", "wanted", "hope", "hopes",
      "hoped", "ask", "asks", "asked", "urge", "urges", "urged", "expects", "expect", "wish",
      "wishes", "encourage", "encourages", "shop", "pitch", "pitches", "lobby");
  /** What the addressees are to do with it. */
  private static final Set<String> ADOPT = Set.of("adopt", "pass", "enact", "consider", "copy",
      "follow");
  /** Formal steps by a sponsor: a bill exists. */
  private static final Set<String> FORMAL = Set.of("introduce", "introduces", "introduced",
      "introducing", "file", "files", "filed", "filing", "reintroduce", "reintroduces",
      "reintroduced", "table", "tables", "tabled", "submit", "submits", "submitted", "pass",
      "passes", "passed", "sign", "signs", "signed", "approve", "approves", "approved", "vote",
      "votes", "voted");
  private static final Set<String> HOLDERS = Set.of("shareholder", "shareholders", "stockholder",
      "stockholders", "investor", "investors");
  /** Words after which a company's act follows the shareholders ("after a shareholder vote",
   *  "amid pressure from investors"). */
  private static final Set<String> AFTER = Set.of("after", "following", "amid", "despite", "under");
  private static final int REACH = 18;

  private WishedMeasure() {}

  /** The candidate's measure is wished for, not made (see the class comment). */
  static boolean wished(Candidate c) {
    Tokens t = c.field().tokens();
    int first = t.indexAtOrAfter(c.sentence().start());
    int last = t.indexAtOrAfter(c.sentence().end());
    int trig = c.trigger().tokStart();
    // only a measure is drafted: "framed the pause as a window, saying it hoped lawmakers would
    // use the year to write rules" is a company's own pause with a wish beside it
    return c.family() == Candidate.Family.LEGISLATION && draftedForOthers(t, trig, c.trigger().tokEnd(), last)
        || shareholders(t, first, trig);
  }

  private static boolean draftedForOthers(Tokens t, int trig, int trigEnd, int last) {
    if (FORMAL.contains(t.lower(trig))) {
      return false;
    }
    int end = Math.min(last, trigEnd + REACH);
    for (int i = trigEnd; i < end; i++) {
      if (!WISHES.contains(t.lower(i))) {
        continue;
      }
      // "wants lawmakers to adopt", "would ask lawmakers to adopt them", "hopes states will pass"
      for (int j = i + 1; j < Math.min(last, i + 6); j++) {
        String w = t.lower(j);
        if (ADOPT.contains(w) && (t.lower(j - 1).equals("to") || t.lower(j - 1).equals("will")
            || t.lower(j - 1).equals("would"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean shareholders(Tokens t, int first, int trig) {
    boolean holder = false;
    for (int i = first; i < trig; i++) {
      String w = t.lower(i);
      if (AFTER.contains(w)) {
        return false; // "amid pressure from investors, the vendor pauses": the vendor acts
      } else if (HOLDERS.contains(w)) {
        holder = true;
      }
    }
    return holder;
  }
}
