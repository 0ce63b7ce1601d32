package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import org.regwatch.classifier.rules.text.Tokens;

/**
 * Round 20: a refusal to let, allow or permit someone the technology, told with the time it runs
 * ("will no longer let police use its software for the next 12 months", "won't allow officers to
 * run face searches for a year", "will stop letting departments use it until Congress acts"). The
 * refusal is a pause only because of its time limit: without one it is an exit when told with "no
 * longer" ("will no longer let police use it") and otherwise a rule of use the trigger does not read
 * ("won't allow officers to use it on patrol"). The words "no longer" inside
 * the trigger are the refusal's own, so they do not make the pause an exit (the permanent lexicon
 * would); a permanent word elsewhere in the sentence still does ("for good").
 */
final class RefusalForATime {

  static final String TRIGGER_ID = "moratorium-refusal-for-a-time";
  /** Words after the verb that may hold the limit ("… use its Rekognition facial recognition
   *  software for the next 12 months"). */
  private static final int REACH = 22;
  /** Words between "for" and the unit of a span: "for the next 12 months", "for a full year". */
  private static final Set<String> SPAN_WORDS = Set.of("the", "next", "coming", "following", "a",
      "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "eighteen", "twenty", "thirty", "ninety", "full", "whole", "least", "at", "several",
      "few", "initial");
  private static final Set<String> UNITS = CalendarWords.SPAN_UNITS;

  private RefusalForATime() {}

  static boolean isIt(Mention trig) {
    return TRIGGER_ID.equals(trig.ref().name());
  }

  /** "will no longer let police use it" without a limit: the refusal is told as lasting, an exit. */
  static boolean forGood(Tokens t, Mention trig) {
    return t.lower(trig.tokStart()).equals("no") && trig.tokEnd() - trig.tokStart() > 1
        && t.lower(trig.tokStart() + 1).equals("longer");
  }

  /** The refusal has an end: what it waits for ("until", "pending", "for now", "while it …") or a
   *  span after "for" ("for the next six months", "for 90 days", "for the rest of the year"). */
  static boolean limited(Tokens t, int sentenceEnd, Mention trig) {
    return OffForATime.waitsForSomething(t, sentenceEnd, trig) || span(t, sentenceEnd, trig);
  }

  private static boolean span(Tokens t, int sentenceEnd, Mention trig) {
    int end = Math.min(sentenceEnd, trig.tokEnd() + REACH);
    for (int i = trig.tokEnd(); i < end; i++) {
      if (!t.lower(i).equals("for")) {
        continue;
      }
      // "for the rest of the year"
      if (i + 3 < end && t.lower(i + 1).equals("the") && t.lower(i + 2).equals("rest")
          && t.lower(i + 3).equals("of")) {
        return true;
      }
      // "for the next 12 months", "for a year", "for two years"; not "for more than a year"
      for (int j = i + 1; j < Math.min(end, i + 6); j++) {
        String w = t.lower(j);
        if (UNITS.contains(w)) {
          return j > i + 1;
        }
        if (!SPAN_WORDS.contains(w) && !w.chars().allMatch(Character::isDigit)) {
          break;
        }
      }
    }
    return false;
  }
}
