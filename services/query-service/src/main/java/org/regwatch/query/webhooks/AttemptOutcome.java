package org.regwatch.query.webhooks;

import java.time.Duration;
import java.time.Instant;

/**
 * What one attempt means for its message and its endpoint: the message's next state and due time,
 * and whether the endpoint succeeded, is failing, or is to be disabled. Pure, with the time passed
 * in, so the rules (retry schedule, Retry-After, 410, days of failures) are tested with a clock.
 */
public final class AttemptOutcome {

  /** What the endpoint's record should learn from this attempt. */
  public enum Endpoint { SUCCEEDED, FAILING, DISABLED }

  /** The decision: {@code disabledReason} is set exactly when {@code endpoint} is DISABLED. */
  public record Decision(String state, Instant nextAttemptAt, Endpoint endpoint,
      String disabledReason) {}

  private final RetryPolicy retries;
  private final int scheduleLength;
  private final Duration disableAfter;

  public AttemptOutcome(RetryPolicy retries, int scheduleLength, Duration disableAfter) {
    this.retries = retries;
    this.scheduleLength = scheduleLength;
    this.disableAfter = disableAfter;
  }

  /**
   * @param attempts attempts made before this one
   * @param failingSince when the endpoint's current failing streak began (null: not failing)
   */
  public Decision decide(int attempts, Instant failingSince, WebhookSender.Result r,
      Instant now) {
    int attempt = attempts + 1;
    if (r.status() >= 200 && r.status() < 300) {
      return new Decision("delivered", now, Endpoint.SUCCEEDED, null);
    }
    if (r.status() == 410) {
      // the receiver says the endpoint is gone for good: stop, keep the message pending for the
      // day the subscriber re-enables it
      return new Decision("pending", now, Endpoint.DISABLED,
          "receiver answered 410 Gone at " + now);
    }
    Duration wait = r.status() == 429
        ? retries.retryAfter(r.retryAfter(), now).or(() -> retries.after(attempt)).orElse(null)
        : retries.after(attempt).orElse(null);
    Instant since = failingSince == null ? now : failingSince;
    if (Duration.between(since, now).compareTo(disableAfter) > 0) {
      // disabled messages stay pending (not failed) so that re-enabling delivers them
      return new Decision("pending", now, Endpoint.DISABLED,
          "no successful delivery since " + since);
    }
    if (wait == null || attempt > scheduleLength) {
      return new Decision("failed", now, Endpoint.FAILING, null);
    }
    return new Decision("pending", now.plus(wait), Endpoint.FAILING, null);
  }
}
