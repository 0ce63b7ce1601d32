package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * An option a body weighs, known from a document or from sources, is no proposal (round 22):
 * "EU considers temporary ban on face scanning in public places, draft shows", "The ministry is
 * considering a two-year moratorium, according to a leaked document". A proposal is a text put
 * forward (domain.md: introduced or drafted); what a leaked draft lists among options has not been
 * put forward by anyone. Against: "The Commission proposed a ban …, a draft shows" keeps its
 * proposal (only "consider" is read here); "Council considers bill to ban …" has no source and
 * keeps its reading. Also "draft" followed by a verb of showing ("a draft shows", "a draft seen by
 * Reuters") names the source, not a drafting step. Word loops over one sentence.
 */
final class ReportedOption {

  /** What a source noun does when it tells: "a draft shows", "a draft seen by". */
  private static final Set<String> TELLS = Set.of("shows", "showed", "show", "seen", "obtained",
      "says", "said", "suggests", "suggested", "indicates", "reviewed", "reveals", "revealed");
  /** Words that tell the sentence's news comes from a document or from sources. */
  private static final Set<String> SOURCES = Set.of("draft", "drafts", "leaked", "document",
      "documents", "sources", "familiar", "memo", "paper");

  private ReportedOption() {}

  /** "draft shows", "draft seen by": the trigger "draft" is the source of the report. */
  static boolean draftAsSource(Tokens t, Mention trig) {
    String w = t.lower(trig.tokStart());
    return (w.equals("draft") || w.equals("drafts")) && trig.tokStart() + 1 < t.size()
        && TELLS.contains(t.lower(trig.tokStart() + 1));
  }

  /** A "consider" trigger in a sentence [from, to) that names a document or sources. */
  static boolean consideredFromASource(Tokens t, int from, int to, Mention trig) {
    if (!t.lower(trig.tokStart()).startsWith("consider")) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (i < trig.tokStart() || i >= trig.tokEnd()) {
        if (SOURCES.contains(t.lower(i))) {
          return true;
        }
      }
    }
    return false;
  }
}
