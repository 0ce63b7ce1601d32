package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Weekday and month names and units of a span of time, lower case, for the word sets of the
 *  rules that read dates and durations. */
final class CalendarWords {

  static final Set<String> WEEKDAYS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  static final Set<String> MONTHS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december");
  /** "for three months", "a 90-day pause": the units a span of time is counted in. */
  static final Set<String> SPAN_UNITS = Set.of(
      "day", "days", "week", "weeks", "month", "months", "year", "years");

  private CalendarWords() {}

  /** {@code words} and every set of {@code more} in one immutable set. */
  @SafeVarargs
  static Set<String> with(Set<String> words, Set<String>... more) {
    return Stream.concat(words.stream(), Stream.of(more).flatMap(Set::stream))
        .collect(Collectors.toUnmodifiableSet());
  }
}
