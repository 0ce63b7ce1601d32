package org.regwatch.query.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.query.fixtures.Eventually;
import org.regwatch.query.fixtures.Story;
import org.regwatch.query.fixtures.TestKafka;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * The projection's commit wakes the delivery worker: with a poll interval of two minutes, a
 * matching change still reaches its receiver long before the first poll could have claimed it.
 * Without the wake the message would sit in the outbox until that poll.
 */
@QuarkusTest
@TestProfile(WakeOnCommitTest.LongPoll.class)
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class WakeOnCommitTest {

  private static final Duration POLL = Duration.ofMinutes(2);

  /** A poll so rare that only a wake can explain an early delivery. */
  public static class LongPoll implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("regwatch.webhooks.poll-interval", POLL.toSeconds() + "S");
    }
  }

  @Inject
  DeliveryWorker worker;

  private final Story story = new Story();

  @Test
  void aCommittedChangeIsDeliveredBeforeThePollCouldHaveFired() throws Exception {
    String city = "Kestrel Bay " + story.run;
    // a new life of the worker: its first poll is a whole interval from now
    worker.stop();
    Instant firstPoll = Instant.now().plus(POLL);
    worker.start();
    try (Receiver receiver = new Receiver(Receiver.Reply.of(200));
        TestKafka kafka = new TestKafka()) {
      Accounts.subscribe(Accounts.subscriber("Kestrel Bay civic desk"), Map.of(
          "url", receiver.url(), "filters", Map.of("actors", List.of(city))));
      Story.Item pause = story.reporting("civic-ledger", "2025-04-02T09:00:00Z",
          city + " council pauses police facial recognition for six months",
          DevelopmentKind.MORATORIUM, DevelopmentStatus.ANNOUNCED, city, "police use", "US",
          "six months", "2025-04-02");

      kafka.send(pause.discovered());
      kafka.send(pause.classified());

      Eventually.assertThat(POLL.minusSeconds(10),
          () -> assertThat(receiver.received).hasSize(1));
      assertThat(receiver.received.get(0).at()).isBefore(firstPoll);
    }
  }
}
