package org.regwatch.classifier.rules.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the date expressions of one evidence sentence against the publication date: "on
 * Wednesday" (the last Wednesday on or before publication), "May 17" (that day in the year of
 * publication, or the year before if it would be after publication — but the next occurrence
 * after a forward-looking phrase: "takes effect July 1"), "March 31, 2020", "today",
 * "yesterday". "until July 1, 2022" gives an expiry. Runs only on candidate sentences, but there
 * the regexes were ~7 % of the engine's CPU (JFR): most evidence sentences hold no date at all, so
 * two cheap scans decide first whether a regex could match — a month-day needs a digit and a
 * month's first three letters, a weekday, "today" and "yesterday" all contain "day" — and where
 * it could start at the earliest, so the regex does not try the positions before.
 */
final class DateResolver {

  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b(until(?: at least)?\\s+)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?"
          + "(?:,?\\s+(\\d{4}))?\\b",
      Pattern.CASE_INSENSITIVE);
  /** Words before a date that look forward: "takes effect July 1", "beginning July 1", "will …
   *  on March 3". Such a date is the next occurrence, not the last one. */
  private static final Pattern FORWARD = Pattern.compile(
      "\\b(will|shall|takes? effect|goes into effect|go into effect|comes? into force|enters? into force"
          + "|beginning|starting|effective|scheduled|set to|as of)\\b[^.;]{0,40}$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TODAY = Pattern.compile("\\b(today|yesterday)\\b", Pattern.CASE_INSENSITIVE);

  record Dates(LocalDate effective, LocalDate expiry) {}

  private DateResolver() {}

  static Dates resolve(String sentence, LocalDate published) {
    LocalDate effective = null;
    LocalDate expiry = null;
    int from = monthDayFrom(sentence);
    Matcher md = from >= 0 ? MONTH_DAY.matcher(sentence) : null;
    // The first search starts where a match could start at the earliest (find(from) sees the
    // characters before it for \b); the regex no longer tries every position before it.
    boolean found = md != null && md.find(from);
    while (found) {
      LocalDate d = monthDay(sentence, md, published);
      if (d == null) {
        found = md.find();
        continue;
      }
      if (md.group(1) != null) {
        expiry = expiry == null ? d : expiry;
      } else if (effective == null) {
        effective = d;
      }
      found = md.find();
    }
    int dayAt = effective == null && published != null ? firstDay(sentence) : -1;
    if (dayAt >= 0) {
      // Every word WEEKDAY and TODAY look for ends in "day", at most six letters after its start.
      int dayFrom = Math.max(0, dayAt - 6);
      Matcher wd = WEEKDAY.matcher(sentence);
      if (wd.find(dayFrom)) {
        DayOfWeek day = DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT));
        effective = published.with(TemporalAdjusters.previousOrSame(day));
      } else {
        Matcher t = TODAY.matcher(sentence);
        if (t.find(dayFrom)) {
          effective = t.group(1).equalsIgnoreCase("today") ? published : published.minusDays(1);
        }
      }
    }
    return new Dates(effective, expiry);
  }

  /** Where {@link #MONTH_DAY} could first match, or -1 if it cannot: it needs a digit and a month
   *  name, whose first three letters are enough to tell (ASCII case-insensitive, like the pattern
   *  without UNICODE_CASE); a match starts at its month or at the "until" before it. */
  private static int monthDayFrom(String s) {
    boolean digit = false;
    for (int i = 0; i < s.length() && !digit; i++) {
      char c = s.charAt(i);
      digit = c >= '0' && c <= '9';
    }
    if (!digit) {
      return -1;
    }
    int until = -1;
    for (int i = 0; i + 3 <= s.length(); i++) {
      int key = (asciiLower(s.charAt(i)) << 16) | (asciiLower(s.charAt(i + 1)) << 8) | asciiLower(s.charAt(i + 2));
      if (key == UNTIL_PREFIX && until < 0) {
        until = i;
      }
      if (isMonthPrefix(key)) {
        return until >= 0 ? until : i;
      }
    }
    return -1;
  }

  private static final int UNTIL_PREFIX = ('u' << 16) | ('n' << 8) | 't';

  private static final int[] MONTH_PREFIXES = monthPrefixes();

  private static int[] monthPrefixes() {
    String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    int[] keys = new int[names.length];
    for (int m = 0; m < names.length; m++) {
      keys[m] = (names[m].charAt(0) << 16) | (names[m].charAt(1) << 8) | names[m].charAt(2);
    }
    return keys;
  }

  private static boolean isMonthPrefix(int key) {
    for (int k : MONTH_PREFIXES) {
      if (k == key) {
        return true;
      }
    }
    return false;
  }

  /** Where "day" first occurs, or -1: {@link #WEEKDAY} and {@link #TODAY} can only match around
   *  it or later — every word they look for ends in "day". */
  private static int firstDay(String s) {
    for (int i = 0; i + 3 <= s.length(); i++) {
      if (asciiLower(s.charAt(i)) == 'd' && asciiLower(s.charAt(i + 1)) == 'a' && asciiLower(s.charAt(i + 2)) == 'y') {
        return i;
      }
    }
    return -1;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static LocalDate monthDay(String sentence, Matcher m, LocalDate published) {
    Month month = month(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (month == null || day < 1 || day > month.maxLength()) {
      return null;
    }
    // "may 5" lower-case is rarely the month; require a capital for the ambiguous one.
    if (m.group(2).equals("may")) {
      return null;
    }
    int year;
    if (m.group(4) != null) {
      year = Integer.parseInt(m.group(4));
    } else if (published != null) {
      year = published.getYear();
    } else {
      return null;
    }
    if (day > month.length(java.time.Year.isLeap(year))) {
      return null;
    }
    LocalDate d = LocalDate.of(year, month, day);
    if (m.group(4) == null && published != null) {
      boolean forward = m.group(1) != null
          || FORWARD.matcher(sentence.substring(0, m.start())).find();
      if (!forward && d.isAfter(published)) {
        d = d.minusYears(1);
      } else if (forward && d.isBefore(published)) {
        d = d.plusYears(1); // "takes effect July 1" written in August: next year's July 1
      }
    }
    return d;
  }

  private static Month month(String s) {
    String p = s.toLowerCase(Locale.ROOT);
    for (Month mo : Month.values()) {
      if (mo.name().toLowerCase(Locale.ROOT).startsWith(p.length() >= 3 ? p.substring(0, 3) : p)) {
        return mo;
      }
    }
    return null;
  }
}
