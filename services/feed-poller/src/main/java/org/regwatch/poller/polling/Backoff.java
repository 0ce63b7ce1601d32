package org.regwatch.poller.polling;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** When to poll a feed next. Pure functions of the outcome, so they are tested alone. */
final class Backoff {

  private Backoff() {}

  /**
   * After a success: the operator's interval, stretched when the feed asks for less frequent
   * polls (RSS ttl, Cache-Control max-age), never beyond the cap; then jittered.
   */
  static Duration afterSuccess(Duration interval, Integer ttlMinutes, Duration maxAge, Duration cap, double jitter) {
    Duration base = interval;
    if (ttlMinutes != null && Duration.ofMinutes(ttlMinutes).compareTo(base) > 0) {
      base = Duration.ofMinutes(ttlMinutes);
    }
    if (maxAge != null && maxAge.compareTo(base) > 0) {
      base = maxAge;
    }
    return jittered(min(base, cap), jitter);
  }

  /**
   * After the n-th consecutive failure: interval × 2^(n-1), at most the cap, never less than the
   * server's Retry-After (itself capped: a feed is never given up for good); then jittered.
   */
  static Duration afterFailure(Duration interval, int failures, Duration retryAfter, Duration cap, double jitter) {
    int exponent = Math.min(Math.max(failures - 1, 0), 30);
    Duration delay = interval.toSeconds() > (cap.toSeconds() >> exponent) ? cap : interval.multipliedBy(1L << exponent);
    delay = min(delay, cap);
    Duration jitteredDelay = jittered(delay, jitter);
    if (retryAfter != null && retryAfter.compareTo(jitteredDelay) > 0) {
      return min(retryAfter, cap);
    }
    return jitteredDelay;
  }

  static Duration jittered(Duration d, double jitter) {
    if (jitter <= 0) {
      return d;
    }
    double factor = 1 + ThreadLocalRandom.current().nextDouble(-jitter, jitter);
    return Duration.ofMillis(Math.max(1, (long) (d.toMillis() * factor)));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
