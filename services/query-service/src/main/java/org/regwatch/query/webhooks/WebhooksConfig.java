package org.regwatch.query.webhooks;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ConfigMapping(prefix = "regwatch.webhooks")
public interface WebhooksConfig {

  /** Host names exempt from the SSRF guard; an operator's decision, never a subscriber's. */
  Optional<Set<String>> allowedHosts();

  /** Wait before attempt 2, 3, ...; when exhausted the message is marked failed. */
  List<Duration> retrySchedule();

  Duration timeout();

  Duration pollInterval();

  int batchSize();

  /** Threads that check URLs (a DNS lookup may block) and sign; none waits for a receiver. */
  int workers();

  /**
   * Messages claimed per endpoint = per-endpoint-concurrency times this: the next request of an
   * endpoint starts when one finishes, without a database round trip in between.
   */
  int prefetchFactor();

  /**
   * Messages a worker holds at most (claimed, on the wire, or awaiting their write), hence also
   * the most requests on the wire (the HTTP client is non-blocking).
   */
  int maxInFlight();

  /** At most this many requests in flight per endpoint, so a slow one cannot take every worker. */
  int perEndpointConcurrency();

  /**
   * How far a claim pushes a message's due time: longer than the timeout, so that a request in
   * flight is never claimed again; a crashed worker's messages are due again after it.
   */
  Duration lease();

  /** How long a stopping worker waits for requests in flight to finish and be recorded. */
  Duration shutdownGrace();

  /** How often to look for finished days whose digests are still to be bundled. */
  Duration digestCheckInterval();

  /**
   * How often unpublished subscription notices are relayed to the broker again; the relay is
   * woken when a disabling commits, so this only matters after a broker outage or a crash.
   */
  Duration noticeRelayInterval();

  /** An endpoint failing without a single success for this long is disabled. */
  Duration disableAfter();

  /** How long the previous secret keeps signing after a rotation. */
  Duration rotationOverlap();

  /** A receiver's Retry-After is honoured up to this much. */
  Duration maxRetryAfter();
}
