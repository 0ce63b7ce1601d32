package org.regwatch.query.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regwatch.query.fixtures.Eventually;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * Delivery through every failure mode, to a real HTTP receiver on loopback. The messages are put
 * into the outbox as the projection would (the outbox is the contract between matching and
 * delivery); {@link WebhookFlowTest} covers the way from the topics into the outbox.
 * Configuration for tests: retry schedule 1 s, 1 s, 1 s; timeout 2 s; 2 requests per endpoint.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class WebhookDeliveryTest {

  private static final String BODY = "{\"type\":\"development.changed\","
      + "\"timestamp\":\"2021-05-18T16:00:07Z\",\"data\":{\"development\":{\"id\":\"dev-test\","
      + "\"kind\":\"moratorium\",\"status\":\"extended\",\"actor\":\"Amazon\"}}}";

  @Inject
  AgroalDataSource dataSource;

  private Accounts.Subscriber subscriber;

  @BeforeEach
  void register() {
    subscriber = Accounts.subscriber("Civic Ledger newsroom");
  }

  @Test
  void aSuccessfulDeliveryIsSignedPerStandardWebhooksAndLogged() throws Exception {
    try (Receiver receiver = new Receiver(Receiver.Reply.of(200))) {
      Accounts.Hook hook = Accounts.subscribe(subscriber, receiver.url());
      String message = pending(hook.id());

      Eventually.assertThat(() -> assertThat(state(hook, message)).isEqualTo("delivered"));
      assertThat(receiver.received).hasSize(1);
      Receiver.Received got = receiver.received.get(0);
      assertThat(got.header("webhook-id")).isEqualTo(message);
      assertThat(Long.parseLong(got.header("webhook-timestamp")))
          .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(30L));
      assertThat(got.header("content-type")).isEqualTo("application/json");
      assertThat(got.body()).isEqualTo(BODY);
      assertThat(Verify.signedWith(hook.secret(), got)).isTrue();
      JsonPath log = deliveries(hook);
      assertThat(log.getInt("[0].log[0].statusCode")).isEqualTo(200);
      assertThat(log.getString("[0].log[0].responseSnippet")).isEqualTo("{\"answer\":200}");
    }
  }

  @Test
  void aFailureIsRetriedWithTheSameWebhookIdUntilItSucceeds() throws Exception {
    try (Receiver receiver = new Receiver(Receiver.Reply.of(500), Receiver.Reply.of(200))) {
      Accounts.Hook hook = Accounts.subscribe(subscriber, receiver.url());
      String message = pending(hook.id());

      Eventually.assertThat(() -> assertThat(state(hook, message)).isEqualTo("delivered"));
      assertThat(receiver.received).hasSize(2)
          .allSatisfy(r -> assertThat(r.header("webhook-id")).isEqualTo(message));
      assertThat(deliveries(hook).getList("[0].log.statusCode", Integer.class))
          .containsExactly(500, 200);
    }
  }

  @Test
  void aReceiverThatDoesNotAnswerInTimeIsRetried() throws Exception {
    try (Receiver receiver = new Receiver(new Receiver.Reply(200, Map.of(), 4000),
        Receiver.Reply.of(200))) {
      Accounts.Hook hook = Accounts.subscribe(subscriber, receiver.url());
      String message = pending(hook.id());

      Eventually.assertThat(() -> assertThat(state(hook, message)).isEqualTo("delivered"));
      JsonPath log = deliveries(hook);
      assertThat(log.getList("[0].log.statusCode", Integer.class)).containsExactly(null, 200);
      assertThat(log.getString("[0].log[0].error")).isNotBlank();
      assertThat(log.getInt("[0].log[0].latencyMs")).isBetween(1900, 3500);
    }
  }

  @Test
  void gone410DisablesTheEndpointAndTellsTheSubscriber() throws Exception {
    try (Receiver receiver = new Receiver(Receiver.Reply.of(410))) {
      Accounts.Hook hook = Accounts.subscribe(subscriber, receiver.url());
      pending(hook.id());

      Eventually.assertThat(() -> assertThat(subscription(hook).getString("endpointStatus"))
          .isEqualTo("disabled"));
      assertThat(subscription(hook).getString("statusReason")).contains("410");
      assertThat(given().header("X-Api-Key", subscriber.key())
          .get("/api/subscriptions/" + hook.id() + "/notices")
          .then().statusCode(200).extract().jsonPath().getList("type"))
          .containsExactly("subscription.disabled");
      String later = pending(hook.id());
      Thread.sleep(2500);
      assertThat(receiver.received).hasSize(1);
      assertThat(state(hook, later)).isEqualTo("pending");
    }
  }

  @Test
  void tooManyRequestsWaitsAsLongAsRetryAfterSays() throws Exception {
    try (Receiver receiver = new Receiver(
        new Receiver.Reply(429, Map.of("Retry-After", "3"), 0), Receiver.Reply.of(200))) {
      Accounts.Hook hook = Accounts.subscribe(subscriber, receiver.url());
      String message = pending(hook.id());

      Eventually.assertThat(() -> assertThat(state(hook, message)).isEqualTo("delivered"));
      Duration gap = Duration.between(receiver.received.get(0).at(), receiver.received.get(1).at());
      // the schedule alone would have retried after about 1 s
      assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(2900));
    }
  }

  @Test
  void aSlowReceiverDoesNotStarveAnotherEndpoint() throws Exception {
    try (Receiver slow = new Receiver(new Receiver.Reply(200, Map.of(), 1500));
        Receiver fast = new Receiver(Receiver.Reply.of(200))) {
      Accounts.Hook slowHook = Accounts.subscribe(subscriber, slow.url());
      Accounts.Hook fastHook = Accounts.subscribe(subscriber, fast.url());
      for (int i = 0; i < 20; i++) {
        pending(slowHook.id());
      }
      Instant start = Instant.now();
      for (int i = 0; i < 5; i++) {
        pending(fastHook.id());
      }

      Eventually.assertThat(Duration.ofSeconds(10),
          () -> assertThat(fast.received).hasSize(5));
      // 20 slow messages at 2 in flight take 15 s; the fast endpoint is done long before
      assertThat(Duration.between(start, fast.received.get(4).at()))
          .isLessThan(Duration.ofSeconds(5));
      assertThat(slow.received.size()).isLessThan(20);
    }
  }

  @Test
  void aRedirectIsNotFollowedSoItCannotReachALoopbackAddress() throws Exception {
    try (Receiver target = new Receiver(Receiver.Reply.of(200));
        Receiver redirecting = new Receiver(
            new Receiver.Reply(302, Map.of("Location", target.ipUrl()), 0))) {
      Accounts.Hook hook = Accounts.subscribe(subscriber, redirecting.url());
      String message = pending(hook.id());

      Eventually.assertThat(() -> assertThat(deliveries(hook).getList("[0].log.statusCode",
          Integer.class)).contains(302));
      Thread.sleep(1500);
      assertThat(target.received).isEmpty();
      assertThat(state(hook, message)).isNotEqualTo("delivered");
    }
  }

  @Test
  void aLoopbackUrlIsRefusedWhenItsHostIsNotAllowListed() {
    try (Receiver receiver = new Receiver()) {
      given().header("X-Api-Key", subscriber.key()).contentType("application/json")
          .body(Map.of("url", receiver.ipUrl()))
          .post("/api/subscriptions")
          .then().statusCode(400).contentType("application/problem+json")
          .body("detail", org.hamcrest.Matchers.containsString("loopback"));
    }
  }

  @Test
  void messagesLeftPendingOrHalfSentByADeadWorkerAreDeliveredOnce() throws Exception {
    try (Receiver receiver = new Receiver(Receiver.Reply.of(200))) {
      Accounts.Hook hook = Accounts.subscribe(subscriber, receiver.url());
      // one never tried, one claimed by a worker that died (its lease ran out): both due now
      String never = pending(hook.id());
      String orphaned = pending(hook.id());
      try (Connection c = dataSource.getConnection();
          PreparedStatement ps = c.prepareStatement("UPDATE webhook_outbox SET attempts = 1,"
              + " next_attempt_at = now() - interval '1 second' WHERE message_id = ?")) {
        ps.setString(1, orphaned);
        ps.executeUpdate();
      }

      Eventually.assertThat(() -> {
        assertThat(state(hook, never)).isEqualTo("delivered");
        assertThat(state(hook, orphaned)).isEqualTo("delivered");
      });
      Thread.sleep(1000);
      assertThat(receiver.received).extracting(r -> r.header("webhook-id"))
          .containsExactlyInAnyOrder(never, orphaned);
    }
  }

  @Test
  void aMessageCanBeRedeliveredByHandWithItsWebhookId() throws Exception {
    try (Receiver receiver = new Receiver(Receiver.Reply.of(200))) {
      Accounts.Hook hook = Accounts.subscribe(subscriber, receiver.url());
      String message = pending(hook.id());
      Eventually.assertThat(() -> assertThat(receiver.received).hasSize(1));

      given().header("X-Api-Key", subscriber.key())
          .post("/api/subscriptions/" + hook.id() + "/deliveries/" + message + "/redeliver")
          .then().statusCode(202);

      Eventually.assertThat(() -> assertThat(receiver.received).hasSize(2));
      assertThat(receiver.received.get(1).header("webhook-id")).isEqualTo(message);
    }
  }

  @Test
  void aTimeRangeCanBeReplayed() throws Exception {
    try (Receiver receiver = new Receiver(Receiver.Reply.of(200))) {
      Accounts.Hook hook = Accounts.subscribe(subscriber, receiver.url());
      pending(hook.id());
      pending(hook.id());
      Eventually.assertThat(() -> assertThat(receiver.received).hasSize(2));

      given().header("X-Api-Key", subscriber.key())
          .queryParam("from", Instant.now().minusSeconds(600).toString())
          .queryParam("to", Instant.now().plusSeconds(1).toString())
          .post("/api/subscriptions/" + hook.id() + "/replay")
          .then().statusCode(200).body("requeued", org.hamcrest.Matchers.equalTo(2));

      Eventually.assertThat(() -> assertThat(receiver.received).hasSize(4));
    }
  }

  @Test
  void duringASecretRotationBothSignaturesAreSent() throws Exception {
    try (Receiver receiver = new Receiver(Receiver.Reply.of(200))) {
      Accounts.Hook hook = Accounts.subscribe(subscriber, receiver.url());
      String fresh = given().header("X-Api-Key", subscriber.key())
          .post("/api/subscriptions/" + hook.id() + "/secret")
          .then().statusCode(200).extract().path("secret");
      pending(hook.id());

      Eventually.assertThat(() -> assertThat(receiver.received).hasSize(1));
      Receiver.Received got = receiver.received.get(0);
      assertThat(got.header("webhook-signature").split(" ")).hasSize(2);
      assertThat(Verify.signedWith(fresh, got)).isTrue();
      assertThat(Verify.signedWith(hook.secret(), got)).isTrue();
    }
  }

  /** Writes a due message into the outbox, as the projection's transaction would. */
  private String pending(String subscriptionId) throws SQLException {
    return new OutboxRows(dataSource).pending(subscriptionId, BODY);
  }

  private JsonPath deliveries(Accounts.Hook hook) {
    return given().header("X-Api-Key", subscriber.key())
        .get("/api/subscriptions/" + hook.id() + "/deliveries")
        .then().statusCode(200).extract().jsonPath();
  }

  private JsonPath subscription(Accounts.Hook hook) {
    return given().header("X-Api-Key", subscriber.key())
        .get("/api/subscriptions/" + hook.id())
        .then().statusCode(200).extract().jsonPath();
  }

  private String state(Accounts.Hook hook, String message) {
    List<Map<String, Object>> all = deliveries(hook).getList("$");
    return all.stream().filter(d -> message.equals(d.get("messageId")))
        .map(d -> (String) d.get("state")).findFirst().orElse("absent");
  }
}
