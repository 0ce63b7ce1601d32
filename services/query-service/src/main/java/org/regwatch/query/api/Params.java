package org.regwatch.query.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Parses query parameters by hand: JAX-RS would answer 404 for a malformed query parameter, the
 * API promises a 400 that names the parameter and what it accepts.
 */
public final class Params {

  private Params() {}

  public static int limit(String raw, ApiConfig config) {
    if (raw == null || raw.isBlank()) {
      return config.defaultLimit();
    }
    int value;
    try {
      value = Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("limit must be an integer between 1 and " + config.maxLimit()
          + ", got '" + raw + "'");
    }
    if (value < 1 || value > config.maxLimit()) {
      throw ApiException.badRequest(
          "limit must be between 1 and " + config.maxLimit() + ", got " + value);
    }
    return value;
  }

  public static Optional<Boolean> bool(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    return switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      default -> throw ApiException.badRequest(name + " must be true or false, got '" + raw + "'");
    };
  }

  /** Accepts the enum's JSON spelling (lower case, spaces or underscores). */
  public static <E extends Enum<E>> Optional<E> enumValue(String name, String raw, Class<E> type) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String wanted = raw.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(wanted)) {
        return Optional.of(constant);
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants())
            .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .collect(Collectors.joining(", "));
    throw ApiException.badRequest(name + " must be one of [" + allowed + "], got '" + raw + "'");
  }

  public static Optional<String> text(String raw) {
    return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.trim());
  }

  /** A calendar date, {@code 2020-06-10}. */
  public static Optional<LocalDate> date(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(raw.trim()));
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " must be a date (2020-06-10), got '" + raw + "'");
    }
  }

  /**
   * A lower bound: an instant ({@code 2020-06-10T12:00:00Z}) or a date, meaning its start (UTC).
   */
  public static Optional<Instant> from(String name, String raw) {
    return time(name, raw, false);
  }

  /** An upper bound, exclusive for instants; a date means up to the end of that day (UTC). */
  public static Optional<Instant> to(String name, String raw) {
    return time(name, raw, true);
  }

  private static Optional<Instant> time(String name, String raw, boolean endOfDay) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String value = raw.trim();
    try {
      if (value.length() == 10) {
        LocalDate date = LocalDate.parse(value);
        return Optional.of(
            (endOfDay ? date.plusDays(1) : date).atStartOfDay().toInstant(ZoneOffset.UTC));
      }
      return Optional.of(Instant.parse(value));
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          name + " must be a date (2020-06-10) or an instant (2020-06-10T12:00:00Z), got '" + raw
              + "'");
    }
  }
}
