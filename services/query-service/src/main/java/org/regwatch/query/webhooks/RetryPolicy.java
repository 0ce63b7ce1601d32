package org.regwatch.query.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try again. The schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h by default) gets
 * ±10 % jitter so that the retries of many messages failing together do not arrive together.
 */
@ApplicationScoped
public class RetryPolicy {

  private final List<Duration> schedule;
  private final Duration maxRetryAfter;

  @Inject
  public RetryPolicy(WebhooksConfig config) {
    this(config.retrySchedule(), config.maxRetryAfter());
  }

  RetryPolicy(List<Duration> schedule, Duration maxRetryAfter) {
    this.schedule = List.copyOf(schedule);
    this.maxRetryAfter = maxRetryAfter;
  }

  /** The wait after failed attempt number {@code attempt} (1-based); empty: give up. */
  public Optional<Duration> after(int attempt) {
    if (attempt < 1 || attempt > schedule.size()) {
      return Optional.empty();
    }
    long ms = schedule.get(attempt - 1).toMillis();
    double jitter = 0.9 + ThreadLocalRandom.current().nextDouble() * 0.2;
    return Optional.of(Duration.ofMillis(Math.round(ms * jitter)));
  }

  /** A Retry-After header (seconds or an HTTP date) as a wait, capped; empty if unreadable. */
  public Optional<Duration> retryAfter(String header, Instant now) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    Duration wait;
    try {
      wait = Duration.ofSeconds(Long.parseLong(header.trim()));
    } catch (NumberFormatException e) {
      try {
        Instant at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
            .toInstant();
        wait = Duration.between(now, at);
      } catch (RuntimeException e2) {
        return Optional.empty();
      }
    }
    if (wait.isNegative()) {
      wait = Duration.ZERO;
    }
    return Optional.of(wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait);
  }
}
