package org.regwatch.query.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regwatch.query.fixtures.Eventually;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * A daily_digest subscription receives ONE webhook per UTC day bundling that day's changes. The
 * clock is the {@code now} handed to the bundler; the days are in 2031 so that the service's own
 * scheduled bundling (on the real clock) never touches them. The collected rows are written as
 * the projection writes them for a digest subscription ({@link WebhookFlowTest} covers that way).
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class DailyDigestTest {

  @Inject
  AgroalDataSource dataSource;

  @Inject
  DigestBundler bundler;

  private final String run = UUID.randomUUID().toString().substring(0, 6);

  @Test
  void theDaysChangesArriveAsOneSignedDigestOnceTheDayIsOver() throws Exception {
    try (Receiver receiver = new Receiver(Receiver.Reply.of(200))) {
      Accounts.Hook hook = digestSubscription(receiver);
      LocalDate day = LocalDate.parse("2031-03-14");
      collected(hook, "2031-03-14T08:00:00Z", "dev-" + run + "-council-pause");
      collected(hook, "2031-03-14T17:30:00Z", "dev-" + run + "-state-bill");
      collected(hook, "2031-03-14T23:59:59Z", "dev-" + run + "-vendor-exit");
      collected(hook, "2031-03-15T00:00:01Z", "dev-" + run + "-next-day");

      assertThat(bundler.bundleDue(Instant.parse("2031-03-14T23:00:00Z"))).isZero();
      assertThat(bundler.bundleDue(Instant.parse("2031-03-15T00:05:00Z"))).isEqualTo(1);

      Eventually.assertThat(() -> assertThat(receiver.received).hasSize(1));
      Receiver.Received got = receiver.received.get(0);
      assertThat(Verify.signedWith(hook.secret(), got)).isTrue();
      JsonPath body = new JsonPath(got.body());
      assertThat(body.getString("type")).isEqualTo("developments.digest");
      assertThat(body.getString("data.day")).isEqualTo(day.toString());
      assertThat(body.getInt("data.count")).isEqualTo(3);
      assertThat(body.getList("data.changes.data.development.id")).containsExactly(
          "dev-" + run + "-council-pause", "dev-" + run + "-state-bill",
          "dev-" + run + "-vendor-exit");
      assertThat(body.getList("data.changes.type")).containsOnly("development.changed");
    }
  }

  @Test
  void bundlingTheSameDayAgainSendsNothingMore() throws Exception {
    try (Receiver receiver = new Receiver(Receiver.Reply.of(200))) {
      Accounts.Hook hook = digestSubscription(receiver);
      collected(hook, "2031-04-02T10:00:00Z", "dev-" + run + "-a");
      collected(hook, "2031-04-02T11:00:00Z", "dev-" + run + "-b");

      bundler.bundleDue(Instant.parse("2031-04-03T00:01:00Z"));
      bundler.bundleDue(Instant.parse("2031-04-03T00:02:00Z"));
      bundler.bundleDue(Instant.parse("2031-04-05T00:00:00Z"));

      Eventually.assertThat(() -> assertThat(receiver.received).hasSize(1));
      Thread.sleep(1500);
      assertThat(receiver.received).hasSize(1);
      assertThat(new OutboxRows(dataSource).countFor(hook.id(), "digest:2031-04-02"))
          .isEqualTo(1);
    }
  }

  @Test
  void aFailedDigestIsRetriedWithTheSameWebhookId() throws Exception {
    try (Receiver receiver = new Receiver(Receiver.Reply.of(500), Receiver.Reply.of(200))) {
      Accounts.Hook hook = digestSubscription(receiver);
      collected(hook, "2031-05-20T09:00:00Z", "dev-" + run + "-retry");

      bundler.bundleDue(Instant.parse("2031-05-21T00:00:00Z"));

      Eventually.assertThat(() -> assertThat(receiver.received).hasSize(2));
      assertThat(receiver.received.get(1).header("webhook-id"))
          .isEqualTo(receiver.received.get(0).header("webhook-id"));
      assertThat(new JsonPath(receiver.received.get(1).body()).getString("data.day"))
          .isEqualTo("2031-05-20");
    }
  }

  /** An alert of a digest subscription, as the projection's transaction writes it. */
  private void collected(Accounts.Hook hook, String at, String developmentId)
      throws SQLException {
    String body = "{\"type\":\"development.changed\",\"timestamp\":\"" + at + "\",\"data\":"
        + "{\"development\":{\"id\":\"" + developmentId + "\",\"kind\":\"moratorium\","
        + "\"status\":\"announced\"},\"change\":{\"from\":null,\"to\":\"announced\"}}}";
    new OutboxRows(dataSource).collected(hook.id(), developmentId, body, Instant.parse(at));
  }

  private Accounts.Hook digestSubscription(Receiver receiver) {
    return Accounts.subscribe(Accounts.subscriber("Harbor Tech Daily digest " + run),
        Map.of("url", receiver.url(), "mode", "daily_digest"));
  }
}
