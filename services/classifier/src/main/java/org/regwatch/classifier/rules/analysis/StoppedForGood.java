package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * A stop told as done, in the perfect, with no time anywhere in its sentence (round 21): "has
 * stopped using facial recognition in its stores", "says it has switched off facial recognition in
 * its stores". A pause is a stop for a time (domain.md); the perfect reports a state reached, and
 * with no limit (until, pending, while, for now, a number of months, a review) nothing says the
 * stop will end: the company has left the use, an exit. A stop still to come ("will stop using")
 * is left as the pause it reads, and a stop told with any time word stays a pause.
 */
final class StoppedForGood {

  private StoppedForGood() {}

  /** First words of the stop verbs in their past participle. */
  private static final Set<String> PARTICIPLES = Set.of("stopped", "ceased", "switched", "turned",
      "shut");
  /**
   * First words of the present-tense stops of a use or a sale (round 27): "Bank stops using
   * facial recognition at its branches", "Airline ceases selling face scans". The headline present tells what the actor has
   * done, as the perfect does; a pause needs a time or a condition (domain.md), so with none in
   * the sentence the stop is for good: an exit. Only the verb with its object word ("stops using",
   * "stops selling", "stops the use") — a bare "stops" may stop someone else ("Court stops city
   * from …"). "pauses", "suspends", "halts" are not stops and stay pauses.
   */
  private static final Set<String> PRESENT = Set.of("stops", "ceases");
  private static final Set<String> PERFECT = Set.of("has", "have");
  /** Adverbs that may stand between the auxiliary and the participle. */
  private static final Set<String> ADVERBS = Set.of("quietly", "now", "already", "since", "also");
  /** Any of these gives the stop a time or a condition: a pause. */
  private static final Set<String> TIME_WORDS = Set.of("until", "till", "pending", "while",
      "temporarily", "temporary", "meantime", "meanwhile", "review", "reviews", "pause", "paused",
      "pauses", "suspend", "suspended", "suspends", "halt", "halted", "moratorium", "resume",
      "resumes", "again");
  /** Units of time: a limit only after "for", "next" or "another" ("for six months"), not in
   *  what the article tells of the past ("over roughly eight years"). */
  private static final Set<String> UNITS = CalendarWords.SPAN_UNITS;
  private static final Set<String> UNIT_LEADS = Set.of("for", "next", "another", "coming");

  /** Whether words {@code [from, to)} tell a time or condition for a stop. */
  static boolean timeIn(Tokens t, int from, int to) {
    for (int k = Math.max(0, from); k < to && k < t.size(); k++) {
      String w = t.lower(k);
      if (TIME_WORDS.contains(w)
          || w.equals("now") && k > 0 && t.lower(k - 1).equals("for")
          || w.equals("being") && k > 0 && t.lower(k - 1).equals("time")) {
        return true;
      }
      if (UNITS.contains(w)) {
        for (int j = k - 1; j >= Math.max(from, k - 3); j--) {
          if (UNIT_LEADS.contains(t.lower(j))) {
            return true;
          }
        }
      }
    }
    return false;
  }


  /** The trigger is a stop verb in the present perfect, or a present-tense stop with its object
   *  word, and its sentence names no time. */
  static boolean stopWithoutTime(Tokens t, int sentenceStart, int sentenceEnd, Mention trig) {
    int first = trig.tokStart();
    if (PRESENT.contains(t.lower(first)) && trig.tokEnd() - first >= 2) {
      return !timeIn(t, sentenceStart, sentenceEnd);
    }
    if (!PARTICIPLES.contains(t.lower(first))) {
      return false;
    }
    int i = first - 1;
    while (i >= sentenceStart && ADVERBS.contains(t.lower(i))) {
      i--;
    }
    if (i < sentenceStart || !PERFECT.contains(t.lower(i))) {
      return false;
    }
    return !timeIn(t, sentenceStart, sentenceEnd);
  }
}
