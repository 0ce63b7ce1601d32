package org.regwatch.query.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regwatch.events.Event;
import org.regwatch.events.EventCodec;
import org.regwatch.events.SubscriptionDisabled;
import org.regwatch.events.Topics;
import org.regwatch.query.fixtures.Eventually;
import org.regwatch.query.fixtures.TestKafka;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * An endpoint failing for days (or answering 410) is disabled and its subscriber told: status on
 * the subscription, a subscription.disabled notice, and exactly one
 * org.regwatch.subscription.disabled event on the real broker; re-activating it resets the streak and delivers what
 * waited. The "days" are set on the subscription's failing streak in the database: the worker
 * compares it with its own clock (the rule itself is {@link AttemptOutcomeTest}).
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class EndpointDisablingTest {

  private static final String BODY = "{\"type\":\"development.changed\","
      + "\"timestamp\":\"2026-11-16T08:00:00Z\",\"data\":{\"development\":{\"id\":\"dev-test\","
      + "\"kind\":\"legislation\",\"status\":\"proposed\",\"actor\":\"US Congress\"}}}";

  @Inject
  AgroalDataSource dataSource;

  private Accounts.Subscriber subscriber;

  @BeforeEach
  void register() {
    subscriber = Accounts.subscriber("Statewatch desk");
  }

  @Test
  void anEndpointFailingForSixDaysIsDisabledAndTheSubscriberCanReadWhy() throws Exception {
    try (Receiver receiver = new Receiver(Receiver.Reply.of(503))) {
      Accounts.Hook hook = Accounts.subscribe(subscriber, receiver.url());
      Instant since = failingFor(hook, Duration.ofDays(6));
      outbox().pending(hook.id(), BODY);

      Eventually.assertThat(() -> assertThat(subscription(hook).getString("endpointStatus"))
          .isEqualTo("disabled"));
      JsonPath s = subscription(hook);
      assertThat(s.getString("statusReason")).startsWith("no successful delivery since");
      assertThat(Instant.parse(s.getString("disabledAt"))).isAfter(since);
      JsonPath notices = notices(hook);
      assertThat(notices.getList("type")).containsExactly("subscription.disabled");
      assertThat(notices.getString("[0].data.subscriptionId")).isEqualTo(hook.id());
      assertThat(notices.getString("[0].data.reason")).isEqualTo(s.getString("statusReason"));
      assertThat(receiver.received).hasSize(1);
    }
  }

  @Test
  void anEndpointFailingForDaysIsAnnouncedByExactlyOneEventOnTheNoticesTopic() throws Exception {
    try (Receiver receiver = new Receiver(Receiver.Reply.of(503))) {
      Accounts.Hook hook = Accounts.subscribe(subscriber, receiver.url());
      Instant since = failingFor(hook, Duration.ofDays(6));
      outbox().pending(hook.id(), BODY);
      Eventually.assertThat(() -> assertThat(published(hook)).isTrue());

      List<Event<SubscriptionDisabled>> events = disabledEvents(hook);

      assertThat(events).hasSize(1);
      SubscriptionDisabled d = events.get(0).data();
      assertThat(d.subscriptionId()).isEqualTo(hook.id());
      assertThat(d.subscriberId()).isEqualTo(subscriber.id());
      assertThat(d.url()).isEqualTo(receiver.url());
      assertThat(d.reason()).startsWith("no successful delivery since")
          .isEqualTo(subscription(hook).getString("statusReason"));
      assertThat(d.failingSince()).isCloseTo(since, within(1, ChronoUnit.MILLIS));
    }
  }

  @Test
  void a410IsAnnouncedByExactlyOneEventWithTheReason() throws Exception {
    try (Receiver receiver = new Receiver(Receiver.Reply.of(410))) {
      Accounts.Hook hook = Accounts.subscribe(subscriber, receiver.url());
      outbox().pending(hook.id(), BODY, 2); // two 410s, one disabling
      Eventually.assertThat(() -> assertThat(published(hook)).isTrue());

      List<Event<SubscriptionDisabled>> events = disabledEvents(hook);

      assertThat(events).hasSize(1);
      assertThat(events.get(0).type()).isEqualTo("org.regwatch.subscription.disabled");
      assertThat(events.get(0).subject()).isEqualTo(hook.id());
      assertThat(events.get(0).data().reason()).contains("410")
          .isEqualTo(subscription(hook).getString("statusReason"));
    }
  }

  @Test
  void anEndpointFailingForTwoDaysStaysEnabled() throws Exception {
    try (Receiver receiver = new Receiver(Receiver.Reply.of(503))) {
      Accounts.Hook hook = Accounts.subscribe(subscriber, receiver.url());
      failingFor(hook, Duration.ofDays(2));
      outbox().pending(hook.id(), BODY);

      Eventually.assertThat(
          () -> assertThat(receiver.received).hasSizeGreaterThanOrEqualTo(2));
      assertThat(subscription(hook).getString("endpointStatus")).isEqualTo("enabled");
      assertThat(notices(hook).getList("$")).isEmpty();
    }
  }

  @Test
  void reactivatingADisabledEndpointResetsTheStreakAndDeliversWhatWaited() throws Exception {
    try (Receiver receiver = new Receiver(Receiver.Reply.of(503), Receiver.Reply.of(200))) {
      Accounts.Hook hook = Accounts.subscribe(subscriber, receiver.url());
      failingFor(hook, Duration.ofDays(6));
      String message = outbox().pending(hook.id(), BODY);
      Eventually.assertThat(() -> assertThat(subscription(hook).getString("endpointStatus"))
          .isEqualTo("disabled"));

      JsonPath patched = given().header("X-Api-Key", subscriber.key())
          .contentType("application/json").body(Map.of("active", true))
          .patch("/api/subscriptions/" + hook.id())
          .then().statusCode(200).extract().jsonPath();

      assertThat(patched.getString("endpointStatus")).isEqualTo("enabled");
      assertThat(patched.getString("failingSince")).isNull();
      assertThat(patched.getString("disabledAt")).isNull();
      Eventually.assertThat(() -> assertThat(receiver.received).hasSize(2));
      assertThat(receiver.received.get(1).header("webhook-id")).isEqualTo(message);
    }
  }

  @Test
  void aPatchWithoutTheActiveFlagIsAProblem() {
    try (Receiver receiver = new Receiver()) {
      Accounts.Hook hook = Accounts.subscribe(subscriber, receiver.url());

      given().header("X-Api-Key", subscriber.key()).contentType("application/json")
          .body(Map.of("url", "https://example.org/other"))
          .patch("/api/subscriptions/" + hook.id())
          .then().statusCode(400).contentType("application/problem+json");
    }
  }

  /** Sets the endpoint's failing streak to have begun {@code age} ago. */
  private Instant failingFor(Accounts.Hook hook, Duration age) throws SQLException {
    Instant since = Instant.now().minus(age);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE subscription SET failing_since = ? WHERE subscription_id = ?")) {
      ps.setTimestamp(1, Timestamp.from(since));
      ps.setString(2, hook.id());
      ps.executeUpdate();
    }
    return since;
  }

  /** Whether the endpoint's disabled notice was acknowledged by the broker. */
  private boolean published(Accounts.Hook hook) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM subscription_notice"
            + " WHERE subscription_id = ? AND published_at IS NOT NULL")) {
      ps.setString(1, hook.id());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1) > 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every event about this subscription on the notices topic, read from the beginning. */
  private static List<Event<SubscriptionDisabled>> disabledEvents(Accounts.Hook hook) {
    EventCodec codec = new EventCodec();
    try (TestKafka kafka = new TestKafka()) {
      return kafka.readAll(Topics.SUBSCRIPTION_NOTICES, Duration.ofSeconds(4)).stream()
          .filter(r -> hook.id().equals(r.key()))
          .map(r -> codec.decode(r.value(), SubscriptionDisabled.class)).toList();
    }
  }

  private OutboxRows outbox() {
    return new OutboxRows(dataSource);
  }

  private JsonPath subscription(Accounts.Hook hook) {
    return given().header("X-Api-Key", subscriber.key())
        .get("/api/subscriptions/" + hook.id())
        .then().statusCode(200).extract().jsonPath();
  }

  private JsonPath notices(Accounts.Hook hook) {
    return given().header("X-Api-Key", subscriber.key())
        .get("/api/subscriptions/" + hook.id() + "/notices")
        .then().statusCode(200).extract().jsonPath();
  }
}
