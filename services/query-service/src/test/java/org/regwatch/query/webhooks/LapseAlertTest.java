package org.regwatch.query.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.query.fixtures.Eventually;
import org.regwatch.query.fixtures.SettableClock;
import org.regwatch.query.fixtures.Story;
import org.regwatch.query.fixtures.TestKafka;
import org.regwatch.query.moratoria.ExpiryWatch;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * A subscriber learns of a lapse like of any other change: the service's own lapse event goes
 * through the log, the projection and the outbox to a real receiver. The moratorium is from 2018,
 * before any other test's, so the clock set here lapses only it.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class LapseAlertTest {

  @Inject
  ExpiryWatch watch;

  @Inject
  SettableClock clock;

  private final Story story = new Story();

  @Test
  void aSubscriberHearsThatAMoratoriumLapsedAsStatusExpiredUnconfirmedAndATransitionFilterCanAskForIt() throws Exception {
    String city = "Fernhill " + story.run;
    try (Receiver receiver = new Receiver(Receiver.Reply.of(200));
        Receiver lapses = new Receiver(Receiver.Reply.of(200));
        TestKafka kafka = new TestKafka()) {
      Accounts.Subscriber watchers = Accounts.subscriber("Fernhill watchers");
      Accounts.subscribe(watchers, Map.of("url", receiver.url(),
          "filters", Map.of("actors", List.of(city))));
      // a transition filter may name the clock's status (validated: 201, not 400)
      Accounts.subscribe(watchers, Map.of("url", lapses.url(), "filters", Map.of(
          "actors", List.of(city),
          "transitions", List.of("moratorium:announced->expired_unconfirmed"))));
      Story.Item pause = story.reporting("civic-ledger", "2018-03-01T09:00:00Z",
          city + " council pauses police facial recognition for ninety days",
          DevelopmentKind.MORATORIUM, DevelopmentStatus.ANNOUNCED, city, "police use", "US",
          "90 days", "2018-03-01");
      kafka.send(pause.discovered());
      kafka.send(pause.classified());
      Eventually.assertThat(() -> assertThat(receiver.received).hasSize(1));

      clock.set(Instant.parse("2018-06-02T08:00:00Z"));
      try {
        watch.emitLapses();
      } finally {
        clock.reset();
      }

      Eventually.assertThat(() -> assertThat(receiver.received).hasSize(2));
      JsonPath announced = new JsonPath(receiver.received.get(0).body());
      JsonPath lapsed = new JsonPath(receiver.received.get(1).body());
      assertThat(lapsed.getString("data.development.id"))
          .isEqualTo(announced.getString("data.development.id"));
      assertThat(lapsed.getString("data.development.status")).isEqualTo("expired_unconfirmed");
      assertThat(lapsed.getString("data.change.from")).isEqualTo("announced");
      assertThat(lapsed.getString("data.change.to")).isEqualTo("expired_unconfirmed");
      assertThat(lapsed.getInt("data.development.version"))
          .isGreaterThan(announced.getInt("data.development.version"));
      // the announcement was no such move; the lapse is
      Eventually.assertThat(() -> assertThat(lapses.received).hasSize(1));
      assertThat(new JsonPath(lapses.received.get(0).body()).getString("data.change.to"))
          .isEqualTo("expired_unconfirmed");
    }
  }
}
