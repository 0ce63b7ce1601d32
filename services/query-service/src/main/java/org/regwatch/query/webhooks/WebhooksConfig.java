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

  int workers();

  /** At most this many requests in flight per endpoint, so a slow one cannot take every worker. */
  int perEndpointConcurrency();

  /** An endpoint failing without a single success for this long is disabled. */
  Duration disableAfter();

  /** How long the previous secret keeps signing after a rotation. */
  Duration rotationOverlap();

  /** A receiver's Retry-After is honoured up to this much. */
  Duration maxRetryAfter();
}
