package org.regwatch.query.moratoria;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regwatch.query.developments.DevelopmentEntity;

/**
 * Turns a duration as the classifier normalised it ("one year", "12 months", "90 days") into a
 * period, and a moratorium into its expected expiry: the expiry date the text gave, else its start
 * (effective date, else occurred-at) plus the duration. "indefinite" or "until federal law" has no
 * expiry.
 */
public final class Durations {

  private static final Pattern AMOUNT =
      Pattern.compile("(?:(\\d+)|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|thirty|sixty|ninety))"
          + "[- ](day|week|month|year)s?");
  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("eighteen", 18),
      Map.entry("thirty", 30), Map.entry("sixty", 60), Map.entry("ninety", 90));

  private Durations() {}

  public static Optional<Period> period(String duration) {
    if (duration == null) {
      return Optional.empty();
    }
    Matcher m = AMOUNT.matcher(duration.toLowerCase(Locale.ROOT));
    if (!m.find()) {
      return Optional.empty();
    }
    int n = m.group(1) != null ? Integer.parseInt(m.group(1)) : WORDS.get(m.group(2));
    return Optional.of(switch (m.group(3)) {
      case "day" -> Period.ofDays(n);
      case "week" -> Period.ofWeeks(n);
      case "month" -> Period.ofMonths(n);
      default -> Period.ofYears(n);
    });
  }

  public static Optional<LocalDate> expectedExpiry(DevelopmentEntity d) {
    if (!"moratorium".equals(d.kind) || "ended".equals(d.status)) {
      return Optional.empty();
    }
    if (d.expiryDate != null) {
      return Optional.of(d.expiryDate);
    }
    LocalDate start = d.effectiveDate != null ? d.effectiveDate : d.occurredAt;
    return period(d.duration).map(start::plus);
  }
}
