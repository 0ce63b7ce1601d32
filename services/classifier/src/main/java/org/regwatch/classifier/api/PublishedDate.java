package org.regwatch.classifier.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads the optional {@code published} field: an ISO date, or an ISO date-time with offset. */
final class PublishedDate {

  private PublishedDate() {}

  /** @return the day, or null when the field is absent or blank */
  static LocalDate parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException notADate) {
      try {
        // The article's own day, in its own offset: "2020-06-10T23:30:00-07:00" is June 10th.
        return OffsetDateTime.parse(v).toLocalDate();
      } catch (DateTimeParseException notAnOffsetDateTime) {
        try {
          return LocalDate.ofInstant(Instant.parse(v), ZoneOffset.UTC);
        } catch (DateTimeParseException notAnInstant) {
          throw ProblemException.badRequest(
              "invalid-date",
              "published must be an ISO-8601 date such as 2020-06-10 or a date-time such as"
                  + " 2020-06-10T14:00:00Z, not \"" + abbreviate(v) + "\"");
        }
      }
    }
  }

  private static String abbreviate(String v) {
    return v.length() <= 40 ? v : v.substring(0, 40) + "…";
  }
}
