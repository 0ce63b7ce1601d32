package org.regwatch.poller.polling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private static final Duration CAP = Duration.ofHours(24);

  @Test
  void failuresDoubleTheWaitUpToTheCapAndNeverStop() {
    Duration interval = Duration.ofMinutes(15);

    assertThat(Backoff.afterFailure(interval, 1, null, CAP, 0)).isEqualTo(Duration.ofMinutes(15));
    assertThat(Backoff.afterFailure(interval, 3, null, CAP, 0)).isEqualTo(Duration.ofMinutes(60));
    assertThat(Backoff.afterFailure(interval, 20, null, CAP, 0)).isEqualTo(CAP);
    assertThat(Backoff.afterFailure(interval, 10_000, null, CAP, 0)).isEqualTo(CAP);
  }

  @Test
  void retryAfterIsNeverUndercutButIsCapped() {
    Duration interval = Duration.ofMinutes(1);

    assertThat(Backoff.afterFailure(interval, 1, Duration.ofMinutes(30), CAP, 0)).isEqualTo(Duration.ofMinutes(30));
    assertThat(Backoff.afterFailure(interval, 1, Duration.ofDays(9), CAP, 0)).isEqualTo(CAP);
  }

  @Test
  void ttlAndMaxAgeStretchTheIntervalButNeverShortenIt() {
    Duration interval = Duration.ofMinutes(10);

    assertThat(Backoff.afterSuccess(interval, 60, null, CAP, 0)).isEqualTo(Duration.ofMinutes(60));
    assertThat(Backoff.afterSuccess(interval, null, Duration.ofMinutes(20), CAP, 0)).isEqualTo(Duration.ofMinutes(20));
    assertThat(Backoff.afterSuccess(interval, 1, Duration.ofSeconds(5), CAP, 0)).isEqualTo(interval);
  }

  @Test
  void jitterStaysWithinItsFraction() {
    for (int i = 0; i < 1000; i++) {
      assertThat(Backoff.jittered(Duration.ofSeconds(100), 0.1))
          .isBetween(Duration.ofSeconds(90), Duration.ofSeconds(110));
    }
  }
}
