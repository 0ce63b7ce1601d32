package org.regwatch.classifier.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.regwatch.devstack.kafka.BrokerSettings;
import org.regwatch.devstack.kafka.KafkaBroker;
import org.regwatch.devstack.kafka.TopicSetup;
import org.regwatch.devstack.process.FreePorts;
import org.regwatch.events.ArticleClassified;
import org.regwatch.events.EventCodec;
import org.regwatch.events.Topics;

/**
 * The service starts while its broker is down: it says so in readiness, keeps retrying, and
 * classifies once the broker comes up, without a restart.
 */
@QuarkusTest
@TestProfile(BrokerOutageTest.BrokerNotStartedYet.class)
class BrokerOutageTest {

  /** Points the service at a free port where no broker listens (yet). */
  public static class BrokerNotStartedYet implements QuarkusTestProfile {

    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(NoBrokerResource.class));
    }
  }

  public static class NoBrokerResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
      return Map.of("kafka.bootstrap.servers", "127.0.0.1:" + FreePorts.any());
    }

    @Override
    public void stop() {}
  }

  @Test
  void readinessIsDownWhileTheBrokerIsUnreachableAndTheServiceRecoversWhenItComesUp() {
    given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));

    String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
    BrokerSettings settings =
        BrokerSettings.of(port, FreePorts.any(), Path.of("target", "outage-broker").toAbsolutePath())
            .withFreshData();
    try (KafkaBroker broker = KafkaBroker.start(settings);
        KafkaFixture kafka = new KafkaFixture()) {
      try (Admin admin = broker.admin()) {
        new TopicSetup(TopicSetup.DEFAULT_PARTITIONS).createAll(admin);
      }
      EventCodec codec = new EventCodec();
      String articleId = "after-outage";
      kafka.send(
          Topics.ARTICLES, articleId,
          codec.encode(Articles.discovered("evt-after-outage", articleId, Articles.PAUSE_TITLE, Articles.PAUSE_TEXT)));

      var record = kafka.await(Topics.CLASSIFICATIONS, r -> articleId.equals(r.key()), Duration.ofSeconds(120));

      assertThat(codec.decode(record.value(), ArticleClassified.class).data().articleEventId())
          .isEqualTo("evt-after-outage");
      // Readiness is a set of checks with their own timeouts (admin client, channels): a batch
      // can flow a moment before the last of them reports UP again, so wait for it, bounded.
      awaitReady(Duration.ofSeconds(30));
    }
  }

  private static void awaitReady(Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (given().when().get("/q/health/ready").statusCode() != 200
        && System.nanoTime() < deadline) {
      sleep(Duration.ofMillis(250));
    }
    given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
