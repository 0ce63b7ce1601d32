package org.regwatch.classifier.rules.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence tells its measure as temporary: "three-year ban", "a two-year moratorium",
 * "temporarily banning", "bans it for two years". A law that stops use for a fixed time starts a
 * moratorium (domain.md: a temporary pause on use starts), whatever word the headline uses.
 *
 * <p>Only the sentence's own words count, and only a period bound to the measure: a duration
 * borrowed from elsewhere in the lead ("ending a three-year fight", "two years after the ban")
 * says nothing about the measure. Plain token loops: one sentence per article, no regex.
 */
public final class TemporaryMeasure {

  private static final Set<String> MEASURES = Set.of("ban", "bans", "moratorium", "prohibition",
      "pause", "halt", "freeze", "suspension", "hold");
  private static final Set<String> UNITS = CalendarWords.SPAN_UNITS;
  private static final Set<String> BARS = Set.of("bar", "bars", "barred", "barring");
  private static final Set<String> HOLDS = Set.of("hold", "pause", "halt", "freeze", "suspension",
      "moratorium");
  private static final Set<String> COUNTS = Set.of("one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "twelve", "eighteen", "18", "1", "2", "3", "4", "5", "6", "12",
      "90", "a");

  private TemporaryMeasure() {}

  public static boolean in(String sentence) {
    String[] w = words(sentence.toLowerCase(Locale.ROOT));
    for (int i = 0; i < w.length; i++) {
      if (w[i].startsWith("temporar")) {
        return true;
      }
      if (periodAdjective(w[i]) && i + 1 < w.length
          && (MEASURES.contains(w[i + 1]) || (i + 2 < w.length && MEASURES.contains(w[i + 2])))) {
        return true; // "three-year ban", "two-year police ban"
      }
      if (w[i].equals("for") && i + 2 < w.length && COUNTS.contains(w[i + 1]) && UNITS.contains(w[i + 2])
          && measureBefore(w, i)) {
        return true; // "votes to ban facial recognition for two years"
      }
      if (w[i].equals("for") && i + 2 < w.length && COUNTS.contains(w[i + 1]) && UNITS.contains(w[i + 2])
          && barSoonAfter(w, i + 3)) {
        return true; // "a bill which for three years starting Jan. 1 bars police from using it" (round 22)
      }
      int span = w[i].equals("for") ? spanAfter(w, i) : -1;
      if (span > i + 3 && (measureBefore(w, i) || barSoonAfter(w, span) || deniedBefore(w, i))) {
        return true; // "cannot sign new contracts for the next several years" (round 25)
      }
      if (w[i].equals("until") && dateAfter(w, i) && barBefore(w, i)) {
        return true; // "signed a bill barring police from using it until the end of 2024" (round 18)
      }
    }
    return false;
  }

  /** Words split at spaces and punctuation (hyphens kept: "three-year" is one word). */
  private static String[] words(String s) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean part = i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-');
      if (part && start < 0) {
        start = i;
      } else if (!part && start >= 0) {
        out.add(s.substring(start, i));
        start = -1;
      }
    }
    return out.toArray(new String[0]);
  }

  /** "three-year", "six-month", "90-day" (and "year-long"). */
  private static boolean periodAdjective(String w) {
    int dash = w.indexOf('-');
    if (dash <= 0) {
      return false;
    }
    String unit = w.substring(dash + 1);
    String count = w.substring(0, dash);
    return (UNITS.contains(unit) && COUNTS.contains(count)) || w.equals("year-long");
  }

  /** A calendar date up to five words after "until": a year ("until 2026", "until the end of
   *  2024") or a month ("until at least July 1"). "until a federal law exists" is a condition, and
   *  conditions of laws are too often their permanent terms ("until a warrant is obtained"). */
  private static boolean dateAfter(String[] w, int until) {
    for (int j = until + 1; j < Math.min(w.length, until + 6); j++) {
      if (w[j].matches("(19|20)\\d\\d") || CalendarWords.MONTHS.contains(w[j])) {
        return true;
      }
    }
    return false;
  }

  /** A verb of barring or suspending, or a pause noun, in the twelve words before "until": what
   *  lasts until the date is the stop ("barring schools from buying or using the systems until
   *  …"). Not "ban": "State ban runs until 2025" describes a law in force, read elsewhere. */
  private static boolean barBefore(String[] w, int until) {
    for (int j = until - 1; j >= Math.max(0, until - 12); j--) {
      if (HOLDS.contains(w[j]) || BARS.contains(w[j]) || w[j].startsWith("prohibit")
          || w[j].startsWith("suspend")) {
        return true;
      }
    }
    return false;
  }

  /** A verb of barring or suspending in the six words after a span that opens the clause ("for
   *  three years starting Jan. 1 bars …", "for two years from next month prohibits …"): the span
   *  is the life of the stop the law imposes (round 22; round 18 had only "until <date>"). A span
   *  after the verb is read by {@link #measureBefore}. */
  private static boolean barSoonAfter(String[] w, int from) {
    for (int j = from; j < Math.min(w.length, from + 6); j++) {
      if (BARS.contains(w[j]) || w[j].startsWith("prohibit") || w[j].startsWith("suspend")
          || w[j].equals("bans") || w[j].equals("forbids")) {
        return true;
      }
    }
    return false;
  }

  /** Words that count a span without a number ("for the next several years", "for a few
   *  months", "for the next couple of years"). */
  private static final Set<String> VAGUE_COUNTS = Set.of("few", "several", "couple", "number");
  /** Words that say a span runs from now ("the next", "the coming", "the following"). */
  private static final Set<String> FROM_NOW = Set.of("next", "coming", "following");
  /** Negations of being able or allowed (the words split "can't" into "can" "t"). */
  private static final Set<String> DENIALS = Set.of("cannot", "t", "not");

  /**
   * Round 25: a span told from now or without a number, after "for": "for the next several
   * years", "for the coming two years", "for a few months", "for the next couple of years". Returns
   * the index after the unit, or -1. Plain "for two years" is the older branches' (returns -1 so
   * a bare count keeps their narrower reading).
   */
  private static int spanAfter(String[] w, int forAt) {
    int j = forAt + 1;
    boolean told = false;
    if (j < w.length && (w[j].equals("the") || w[j].equals("a"))) {
      j++;
    }
    if (j < w.length && FROM_NOW.contains(w[j])) {
      j++;
      told = true;
    }
    if (j < w.length && VAGUE_COUNTS.contains(w[j])) {
      j++;
      told = true;
      if (j < w.length && w[j].equals("of")) {
        j++;
      }
    } else if (j < w.length && COUNTS.contains(w[j]) && !w[j].equals("a")) {
      j++;
    } else if (!told) {
      return -1;
    }
    return told && j < w.length && UNITS.contains(w[j]) ? j + 1 : -1;
  }

  /** A negation of being able or allowed, or a bar verb ("bars city agencies from using it for a
   *  few months"), in the twelve words before "for", after a word of
   *  dealing ("will not be able to enter new contracts for the next several years", "can't buy
   *  … for a few years"): the law keeps them from it for the span. */
  private static boolean deniedBefore(String[] w, int forAt) {
    for (int j = forAt - 1; j >= Math.max(0, forAt - 12); j--) {
      if (DENIALS.contains(w[j]) || BARS.contains(w[j])) {
        return true;
      }
    }
    return false;
  }

  /** A ban verb or measure noun in the eight words before "for". */
  private static boolean measureBefore(String[] w, int forAt) {
    for (int j = forAt - 1; j >= Math.max(0, forAt - 8); j--) {
      if (MEASURES.contains(w[j]) || w[j].startsWith("ban") || w[j].startsWith("prohibit")
          || w[j].startsWith("pause") || w[j].startsWith("suspend")) {
        return true;
      }
    }
    return false;
  }
}
