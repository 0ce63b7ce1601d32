package org.regwatch.classifier.rules.analysis;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Weekday and month names, lower case, for the word sets of the rules that read dates. */
final class CalendarWords {

  static final Set<String> WEEKDAYS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  static final Set<String> MONTHS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december");

  private CalendarWords() {}

  /** {@code words} and every set of {@code more} in one immutable set. */
  @SafeVarargs
  static Set<String> with(Set<String> words, Set<String>... more) {
    return Stream.concat(words.stream(), Stream.of(more).flatMap(Set::stream))
        .collect(Collectors.toUnmodifiableSet());
  }
}
