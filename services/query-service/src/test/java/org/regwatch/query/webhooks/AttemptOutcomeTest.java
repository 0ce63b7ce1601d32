package org.regwatch.query.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an attempt means for its message and endpoint, at a given time (the clock is passed in). */
class AttemptOutcomeTest {

  private static final Instant NOW = Instant.parse("2026-11-20T09:30:00Z");

  private final AttemptOutcome outcomes = new AttemptOutcome(
      new RetryPolicy(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5)), Duration.ofHours(24)),
      2, Duration.ofDays(5));

  private static WebhookSender.Result status(int code) {
    return new WebhookSender.Result(code, null, "{}", 12, null);
  }

  @Test
  void aSuccessDeliversTheMessageAndEndsTheEndpointsFailingStreak() {
    AttemptOutcome.Decision d = outcomes.decide(3, NOW.minus(Duration.ofDays(2)), status(204), NOW);

    assertThat(d.state()).isEqualTo("delivered");
    assertThat(d.endpoint()).isEqualTo(AttemptOutcome.Endpoint.SUCCEEDED);
  }

  @Test
  void aFirstFailureIsRetriedAfterTheFirstStepOfTheScheduleWithJitter() {
    AttemptOutcome.Decision d = outcomes.decide(0, null, status(500), NOW);

    assertThat(d.state()).isEqualTo("pending");
    assertThat(Duration.between(NOW, d.nextAttemptAt()))
        .isBetween(Duration.ofMillis(4500), Duration.ofMillis(5500));
    assertThat(d.endpoint()).isEqualTo(AttemptOutcome.Endpoint.FAILING);
  }

  @Test
  void whenTheScheduleIsExhaustedTheMessageFails() {
    AttemptOutcome.Decision d = outcomes.decide(2, NOW.minusSeconds(600), status(503), NOW);

    assertThat(d.state()).isEqualTo("failed");
  }

  @Test
  void anEndpointFailingForFourDaysIsStillEnabled() {
    AttemptOutcome.Decision d = outcomes.decide(0, NOW.minus(Duration.ofDays(4)), status(500),
        NOW);

    assertThat(d.endpoint()).isEqualTo(AttemptOutcome.Endpoint.FAILING);
  }

  @Test
  void anEndpointWithoutASuccessForMoreThanFiveDaysIsDisabledAndItsMessageKeptPending() {
    Instant since = NOW.minus(Duration.ofDays(5)).minusSeconds(1);

    AttemptOutcome.Decision d = outcomes.decide(0, since, status(500), NOW);

    assertThat(d.endpoint()).isEqualTo(AttemptOutcome.Endpoint.DISABLED);
    assertThat(d.disabledReason()).isEqualTo("no successful delivery since " + since);
    assertThat(d.state()).isEqualTo("pending");
  }

  @Test
  void gone410DisablesAtOnce() {
    AttemptOutcome.Decision d = outcomes.decide(0, null, status(410), NOW);

    assertThat(d.endpoint()).isEqualTo(AttemptOutcome.Endpoint.DISABLED);
    assertThat(d.disabledReason()).contains("410");
  }

  @Test
  void tooManyRequestsWaitsForRetryAfterInsteadOfTheSchedule() {
    WebhookSender.Result r = new WebhookSender.Result(429, "120", null, 3, null);

    AttemptOutcome.Decision d = outcomes.decide(0, null, r, NOW);

    assertThat(d.nextAttemptAt()).isEqualTo(NOW.plusSeconds(120));
  }
}
