package org.regwatch.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.filter.log.ErrorLoggingFilter;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.regwatch.events.Topics;

/**
 * Issue 6, "service restart with pending deliveries", with the PACKAGED query service as its own
 * process: a subscriber subscribes through the API, the developments arrive on the real broker
 * (this test plays the poller and the classifier), the receiver first fails every request (503)
 * and then answers slowly, so that messages are pending and on the wire when the process ends.
 *
 * <p>What the service promises (docs/webhooks.md, "Restarts"): a message it has recorded as
 * delivered is never sent again; every other message is delivered after the restart; on a
 * graceful stop (TERM) the requests on the wire finish and are recorded, so each webhook-id is
 * acknowledged exactly once; after a crash (SIGKILL) a request that was on the wire may have been
 * answered 2xx without the service recording it, and only such a message is sent once more, with
 * the same webhook-id. What the service had recorded at the moment it died is read from its
 * database while it is down (the API is down with it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookCrashIT {

  private static final String QUERY_SERVICE = "query-service";
  private static final int REPORTS = 24;
  /** regwatch.webhooks.per-endpoint-concurrency: the most requests on the wire to one receiver. */
  private static final int PER_ENDPOINT_CONCURRENCY = 4;
  private static final WebhookReceiver.Reply FAILING = new WebhookReceiver.Reply(503, 0);
  private static final WebhookReceiver.Reply SLOW = new WebhookReceiver.Reply(200, 1_500);
  private static final WebhookReceiver.Reply PROMPT = new WebhookReceiver.Reply(200, 0);

  private RunningSystem system;
  private Broker broker;

  private record Subscription(String id, String secret, String subscriberKey) {}

  @BeforeAll
  void startTheQueryServiceAlone() {
    system = new RunningSystem(QUERY_SERVICE);
    broker = new Broker(system.infra().bootstrapServers());
  }

  @AfterAll
  void stopIt() {
    if (broker != null) {
      broker.close();
    }
    if (system != null) {
      system.close();
    }
  }

  @Test
  void aQueryServiceKilledMidDelivery_deliversEveryAlertAfterItsRestart_andResendsOnlyWhatItHadNotRecorded()
      throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(FAILING)) {
      List<CouncilPauses.Report> reports = CouncilPauses.byCouncils("City Council", REPORTS);
      Subscription subscription = subscribe(receiver, reports);
      publish(reports);
      awaitEveryMessageFailedOnce(receiver);

      receiver.answer(SLOW);
      awaitDeliveriesRecordedAndOthersOnTheWire(receiver, subscription);
      // Killed right after the receiver answered a 2xx, while other requests are still held:
      // the one answered has very likely not been recorded yet, the held ones cannot be.
      CompletableFuture<Instant> death = new CompletableFuture<>();
      receiver.afterNextAcknowledgement(() -> {
        system.kill(QUERY_SERVICE);
        death.complete(Instant.now());
      });
      Instant died = death.get(60, TimeUnit.SECONDS);
      Set<String> recordedBeforeDeath = deliveredInTheDatabase(subscription);
      receiver.answer(PROMPT);
      system.startAgain(QUERY_SERVICE);
      List<JsonPath> messages = awaitAllDelivered(subscription);

      Set<String> messageIds = ids(messages);
      List<WebhookReceiver.Receipt> receipts = receipts(receiver);
      assertOneMessagePerReport(messages, reports);
      assertEachRequestCarriesItsMessagesDevelopment(messages, receipts);
      assertThat(acknowledgedIds(receipts)).as("every message acknowledged").isEqualTo(messageIds);
      assertThat(recordedBeforeDeath).as("some were recorded before the kill").isNotEmpty();
      Map<String, Long> afterDeath = acknowledgedPerId(receipts, r -> r.arrived().isAfter(died));
      Map<String, Long> beforeDeath = acknowledgedPerId(receipts, r -> !r.arrived().isAfter(died));
      for (String id : messageIds) {
        if (recordedBeforeDeath.contains(id)) {
          assertThat(beforeDeath.get(id)).as("recorded %s, acknowledged once", id).isEqualTo(1L);
          assertThat(receipts).as("recorded %s is never sent again", id)
              .noneMatch(r -> id.equals(r.webhookId()) && r.arrived().isAfter(died));
        } else {
          assertThat(afterDeath.get(id)).as("unrecorded %s, sent once after the restart", id)
              .isEqualTo(1L);
        }
      }
      Set<String> resent = new HashSet<>(beforeDeath.keySet());
      resent.removeAll(recordedBeforeDeath);
      assertThat(resent).as("answered 2xx on the wire at the kill, never recorded, so sent again")
          .hasSizeLessThanOrEqualTo(PER_ENDPOINT_CONCURRENCY);
      assertThat(receipts).as("every request signed per Standard Webhooks")
          .allMatch(r -> StandardWebhooks.verifies(subscription.secret(), r));
      long heldAtTheKill = receipts.stream()
          .filter(r -> !r.arrived().isAfter(died) && r.status() == 200 && !r.acknowledged())
          .count();
      System.out.printf("[WebhookCrashIT] SIGKILL: %d messages, %d recorded as delivered before the"
          + " kill, %d answered 2xx but not recorded (sent again), %d held by the receiver at the"
          + " kill (answer not delivered; sent again), %d requests in all%n",
          messageIds.size(), recordedBeforeDeath.size(), resent.size(), heldAtTheKill,
          receipts.size());
    }
  }

  @Test
  void aQueryServiceStoppedMidDelivery_finishesWhatIsOnTheWire_andDeliversEveryAlertExactlyOnce()
      throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(FAILING)) {
      List<CouncilPauses.Report> reports = CouncilPauses.byCouncils("County Board", REPORTS);
      Subscription subscription = subscribe(receiver, reports);
      publish(reports);
      awaitEveryMessageFailedOnce(receiver);

      receiver.answer(SLOW);
      awaitDeliveriesRecordedAndOthersOnTheWire(receiver, subscription);
      system.stop(QUERY_SERVICE);
      Instant stopped = Instant.now();
      Set<String> recordedAtStop = deliveredInTheDatabase(subscription);
      receiver.answer(PROMPT);
      system.startAgain(QUERY_SERVICE);
      List<JsonPath> messages = awaitAllDelivered(subscription);

      List<WebhookReceiver.Receipt> receipts = receipts(receiver);
      assertOneMessagePerReport(messages, reports);
      assertEachRequestCarriesItsMessagesDevelopment(messages, receipts);
      assertThat(acknowledgedPerId(receipts, r -> true)).as("each webhook-id acknowledged once")
          .containsOnlyKeys(ids(messages))
          .allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1L));
      assertThat(acknowledgedPerId(receipts, r -> !r.arrived().isAfter(stopped)).keySet())
          .as("what was on the wire at TERM finished and was recorded before the exit")
          .isEqualTo(recordedAtStop);
      assertThat(receipts).as("every request signed per Standard Webhooks")
          .allMatch(r -> StandardWebhooks.verifies(subscription.secret(), r));
      System.out.printf("[WebhookCrashIT] TERM: %d messages, %d delivered before the stop, %d"
          + " requests in all%n", messages.size(), recordedAtStop.size(), receipts.size());
    }
  }

  /** A subscriber account (operator), then its subscription to these councils' moratoria. */
  private Subscription subscribe(WebhookReceiver receiver, List<CouncilPauses.Report> reports) {
    JsonPath subscriber = given()
        .filter(new ErrorLoggingFilter())
        .baseUri(system.baseUrl(QUERY_SERVICE))
        .header("Authorization", "Bearer " + RunningSystem.OPERATOR_KEY)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Valley Courier newsroom"))
    .when()
        .post("/api/subscribers")
    .then()
        .statusCode(201)
        .extract().jsonPath();
    String key = subscriber.getString("key");
    JsonPath created = given()
        .filter(new ErrorLoggingFilter())
        .baseUri(system.baseUrl(QUERY_SERVICE))
        .header("Authorization", "Bearer " + key)
        .contentType(ContentType.JSON)
        .body(Map.of(
            "url", receiver.url(),
            "filters", Map.of(
                "kinds", List.of("moratorium"),
                "actors", reports.stream().map(CouncilPauses.Report::actor).toList())))
    .when()
        .post("/api/subscriptions")
    .then()
        .statusCode(201)
        .extract().jsonPath();
    return new Subscription(created.getString("id"), created.getString("secret"), key);
  }

  private void publish(List<CouncilPauses.Report> reports) {
    for (CouncilPauses.Report report : reports) {
      broker.publish(Topics.ARTICLES, report.article());
      broker.publish(Topics.CLASSIFICATIONS, report.classification());
    }
  }

  /** Every alert exists and has failed at least once: all are pending, none delivered. */
  private void awaitEveryMessageFailedOnce(WebhookReceiver receiver) {
    await("every alert tried once and refused with 503")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> receiver.receipts().stream().map(WebhookReceiver.Receipt::webhookId)
            .distinct().count() == REPORTS);
  }

  /**
   * Some deliveries are recorded (so the test can show they are not sent again) and the next ones
   * are waiting in the slow receiver (so they are on the wire when the service ends).
   */
  private void awaitDeliveriesRecordedAndOthersOnTheWire(WebhookReceiver receiver,
      Subscription subscription) {
    await("some deliveries recorded and others on the wire")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> receiver.inProgress() >= 2
            && deliveredInTheDatabase(subscription).size() >= 2);
  }

  private List<JsonPath> awaitAllDelivered(Subscription subscription) {
    await("every message delivered after the restart")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> deliveries(subscription).stream()
            .filter(m -> "delivered".equals(m.getString("state"))).count() == REPORTS);
    return deliveries(subscription);
  }

  /** The subscriber's own view of its messages, through the restarted service's API. */
  private List<JsonPath> deliveries(Subscription subscription) {
    String json = given()
        .filter(new ErrorLoggingFilter())
        .baseUri(system.baseUrl(QUERY_SERVICE))
        .header("Authorization", "Bearer " + subscription.subscriberKey())
        .queryParam("limit", 500)
    .when()
        .get("/api/subscriptions/" + subscription.id() + "/deliveries")
    .then()
        .statusCode(200)
        .extract().asString();
    int size = JsonPath.from(json).getInt("size()");
    return IntStream.range(0, size)
        .mapToObj(i -> JsonPath.from(json).setRootPath("[" + i + "]"))
        .toList();
  }

  /** What the service has recorded as delivered, read from its database (also while it is down). */
  private Set<String> deliveredInTheDatabase(Subscription subscription) throws SQLException {
    try (Connection c = DriverManager.getConnection(system.infra().jdbcUrl(),
            system.infra().username(), system.infra().password());
        PreparedStatement ps = c.prepareStatement("SELECT message_id FROM webhook_outbox"
            + " WHERE subscription_id = ? AND state = 'delivered'")) {
      ps.setString(1, subscription.id());
      Set<String> ids = new HashSet<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      return ids;
    }
  }

  /** Waits a moment so that a wrongful extra request would have arrived, then takes the record. */
  private static List<WebhookReceiver.Receipt> receipts(WebhookReceiver receiver)
      throws InterruptedException {
    Thread.sleep(2_000);
    await("no request still held by the receiver").atMost(Duration.ofSeconds(10))
        .until(() -> receiver.inProgress() == 0);
    return receiver.receipts();
  }

  private static void assertOneMessagePerReport(List<JsonPath> messages,
      List<CouncilPauses.Report> reports) {
    assertThat(messages).hasSize(reports.size());
    assertThat(messages.stream().map(m -> m.getString("developmentId")).distinct().count())
        .as("one message per development").isEqualTo(reports.size());
  }

  /** The same webhook-id always carries the same development change, on every attempt. */
  private static void assertEachRequestCarriesItsMessagesDevelopment(List<JsonPath> messages,
      List<WebhookReceiver.Receipt> receipts) {
    Map<String, String> developmentOf = messages.stream().collect(Collectors.toMap(
        m -> m.getString("messageId"), m -> m.getString("developmentId")));
    for (WebhookReceiver.Receipt r : receipts) {
      JsonPath body = JsonPath.from(r.body());
      assertThat(body.getString("type")).isEqualTo("development.changed");
      assertThat(body.getString("data.development.id")).as(r.webhookId())
          .isEqualTo(developmentOf.get(r.webhookId()));
      assertThat(body.getString("data.change.to")).isEqualTo("announced");
    }
  }

  private static Set<String> ids(List<JsonPath> messages) {
    return messages.stream().map(m -> m.getString("messageId")).collect(Collectors.toSet());
  }

  private static Set<String> acknowledgedIds(List<WebhookReceiver.Receipt> receipts) {
    return acknowledgedPerId(receipts, r -> true).keySet();
  }

  private static Map<String, Long> acknowledgedPerId(List<WebhookReceiver.Receipt> receipts,
      Predicate<WebhookReceiver.Receipt> which) {
    return receipts.stream()
        .filter(WebhookReceiver.Receipt::acknowledged)
        .filter(which)
        .collect(Collectors.groupingBy(WebhookReceiver.Receipt::webhookId,
            Collectors.counting()));
  }
}
