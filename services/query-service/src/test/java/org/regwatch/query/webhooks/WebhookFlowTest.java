package org.regwatch.query.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.query.fixtures.Eventually;
import org.regwatch.query.fixtures.Story;
import org.regwatch.query.fixtures.TestKafka;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * From classifications on the real broker, through the projection's transaction and the outbox,
 * to a real receiver. Each test reports on an actor of its own (a city named after the run), so
 * that other classes' reports of the seed story in the same database never match these filters.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class WebhookFlowTest {

  private final Story story = new Story();
  private final String city = "Port Alder " + story.run;
  private TestKafka kafka;
  private Accounts.Subscriber subscriber;

  @BeforeEach
  void setUp() {
    kafka = new TestKafka();
    subscriber = Accounts.subscriber("Harbor Tech Daily alerts");
  }

  @AfterEach
  void close() {
    kafka.close();
  }

  private Story.Item announced() {
    return story.reporting("civic-ledger", "2023-03-01T09:00:00Z",
        city + " council pauses police facial recognition for one year",
        DevelopmentKind.MORATORIUM, DevelopmentStatus.ANNOUNCED, city, "police use", "US",
        "one year", "2023-03-01");
  }

  private Story.Item extended() {
    return story.reporting("metro-wire", "2024-02-20T09:00:00Z",
        city + " council extends its pause on police facial recognition",
        DevelopmentKind.MORATORIUM, DevelopmentStatus.EXTENDED, city, "police use", "US",
        "indefinite", "2024-02-20");
  }

  private void send(Story.Item item) {
    kafka.send(item.discovered());
    kafka.send(item.classified());
  }

  @Test
  void aMatchingDevelopmentChangeYieldsExactlyOneSignedWebhookEvenWhenTheEventsAreSentAgain()
      throws Exception {
    try (Receiver receiver = new Receiver(Receiver.Reply.of(200))) {
      Accounts.Hook hook = Accounts.subscribe(subscriber, Map.of("url", receiver.url(),
          "filters", Map.of("actors", List.of(city), "kinds", List.of("moratorium"))));
      Story.Item report = announced();

      send(report);
      Eventually.assertThat(() -> assertThat(receiver.received).hasSize(1));
      send(report);
      send(report);
      Thread.sleep(5000);

      assertThat(receiver.received).hasSize(1);
      Receiver.Received got = receiver.received.get(0);
      assertThat(Verify.signedWith(hook.secret(), got)).isTrue();
      JsonPath body = new JsonPath(got.body());
      assertThat(body.getString("type")).isEqualTo("development.changed");
      assertThat(body.getString("data.development.actor")).isEqualTo(city);
      assertThat(body.getString("data.development.status")).isEqualTo("announced");
      assertThat(body.getString("data.change.to")).isEqualTo("announced");
      assertThat(body.getList("data.sources.articleId")).containsExactly(report.id());
      assertThat(body.getString("data.evidence[0].spans[0].quote"))
          .isEqualTo(report.discovered().data().title());
    }
  }

  @Test
  void aTransitionSubscriptionHearsOnlyTheExtensionWithItsPreviousStatus() throws Exception {
    try (Receiver all = new Receiver(Receiver.Reply.of(200));
        Receiver transitions = new Receiver(Receiver.Reply.of(200))) {
      Accounts.subscribe(subscriber, Map.of("url", all.url(),
          "filters", Map.of("actors", List.of(city))));
      Accounts.subscribe(subscriber, Map.of("url", transitions.url(),
          "filters", Map.of("actors", List.of(city),
              "transitions", List.of("moratorium:announced->extended"))));

      send(announced());
      Eventually.assertThat(() -> assertThat(all.received).hasSize(1));
      send(extended());
      Eventually.assertThat(() -> assertThat(all.received).hasSize(2));
      Eventually.assertThat(Duration.ofSeconds(5),
          () -> assertThat(transitions.received).hasSize(1));

      JsonPath body = new JsonPath(transitions.received.get(0).body());
      assertThat(body.getString("data.development.status")).isEqualTo("extended");
      assertThat(body.getString("data.change.from")).isEqualTo("announced");
      assertThat(body.getString("data.change.to")).isEqualTo("extended");
    }
  }

  @Test
  void aFullTextQueryNarrowsTheMatches() throws Exception {
    try (Receiver pause = new Receiver(Receiver.Reply.of(200));
        Receiver ban = new Receiver(Receiver.Reply.of(200))) {
      Accounts.subscribe(subscriber, Map.of("url", pause.url(), "query", "pauses AND police",
          "filters", Map.of("actors", List.of(city))));
      Accounts.subscribe(subscriber, Map.of("url", ban.url(), "query", "\"citywide ban\"",
          "filters", Map.of("actors", List.of(city))));

      send(announced());

      Eventually.assertThat(() -> assertThat(pause.received).hasSize(1));
      Thread.sleep(2000);
      assertThat(ban.received).isEmpty();
    }
  }

  @Test
  void aDigestSubscriptionsAlertIsCollectedForTheDaysDigestNotSentOnItsOwn() throws Exception {
    try (Receiver receiver = new Receiver(Receiver.Reply.of(200))) {
      Accounts.Hook hook = Accounts.subscribe(subscriber, Map.of("url", receiver.url(),
          "mode", "daily_digest", "filters", Map.of("actors", List.of(city))));

      send(announced());

      Eventually.assertThat(() -> assertThat(io.restassured.RestAssured.given()
          .header("X-Api-Key", subscriber.key())
          .get("/api/subscriptions/" + hook.id() + "/deliveries")
          .then().statusCode(200).extract().jsonPath().getList("state"))
          .containsExactly("collected"));
      Thread.sleep(1500);
      assertThat(receiver.received).isEmpty();
    }
  }
}
