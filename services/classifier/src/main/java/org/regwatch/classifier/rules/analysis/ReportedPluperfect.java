package org.regwatch.classifier.rules.analysis;

import java.util.List;
import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * "Bunnings said it had paused the technology", "the force said that it had resumed using it":
 * a past perfect inside reported speech is the tense shift of "we have paused" — the report of
 * the news, not background. Only when "had" stands right before the trigger (or before the verb of
 * a phrase whose particle is the trigger: "had put it on hold") and a reporting verb
 * ({@code reporting} lexicon) comes at most five words before "had" ("said on Tuesday that it
 * had"); a year or "last year" in the clause still makes it background.
 */
final class ReportedPluperfect {

  /** Verbs of phrases whose trigger is the particle: "put … on hold", "switched … back on". */
  private static final Set<String> PHRASAL = Set.of("put", "switched", "turned", "shut", "taken");

  private ReportedPluperfect() {}

  static boolean reported(Tokens t, List<Mention> ms, Mention had, Mention trigger) {
    if (had.tokEnd() != had.tokStart() + 1 || !t.equalsIgnoreCase(had.tokStart(), "had")
        || trigger.tokStart() < had.tokEnd()) {
      return false;
    }
    int gap = trigger.tokStart() - had.tokEnd();
    boolean direct = gap <= 1;
    boolean phrasal = gap <= 5 && PHRASAL.contains(t.lower(had.tokEnd()));
    if (!direct && !phrasal) {
      return false;
    }
    for (Mention m : ms) {
      if (m.isLexicon("reporting") && m.tokEnd() <= had.tokStart()
          && had.tokStart() - m.tokEnd() <= 5) {
        return true;
      }
    }
    return false;
  }
}
