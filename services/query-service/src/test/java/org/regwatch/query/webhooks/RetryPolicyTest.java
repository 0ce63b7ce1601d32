package org.regwatch.query.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy = new RetryPolicy(List.of(Duration.ofSeconds(5),
      Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5),
      Duration.ofHours(10), Duration.ofHours(10)), Duration.ofHours(24));

  @Test
  void followsTheScheduleWithinTenPercentJitter() {
    assertThat(policy.after(1).orElseThrow()).isBetween(Duration.ofMillis(4500),
        Duration.ofMillis(5500));
    assertThat(policy.after(4).orElseThrow()).isBetween(Duration.ofMinutes(108),
        Duration.ofMinutes(132));
  }

  @Test
  void givesUpAfterTheLastStep() {
    assertThat(policy.after(7)).isPresent();
    assertThat(policy.after(8)).isEmpty();
  }

  @Test
  void readsRetryAfterInSecondsOrAsAnHttpDateAndCapsIt() {
    Instant now = Instant.parse("2021-05-18T16:00:00Z");
    assertThat(policy.retryAfter("120", now)).contains(Duration.ofSeconds(120));
    assertThat(policy.retryAfter("Tue, 18 May 2021 16:01:30 GMT", now))
        .contains(Duration.ofSeconds(90));
    assertThat(policy.retryAfter("999999", now)).contains(Duration.ofHours(24));
    assertThat(policy.retryAfter("soon", now)).isEmpty();
  }
}
