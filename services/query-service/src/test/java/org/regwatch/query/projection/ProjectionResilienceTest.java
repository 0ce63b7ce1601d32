package org.regwatch.query.projection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regwatch.events.ArticleClassified;
import org.regwatch.events.Event;
import org.regwatch.events.EventCodec;
import org.regwatch.events.EventData;
import org.regwatch.events.Topics;
import org.regwatch.query.fixtures.Eventually;
import org.regwatch.query.fixtures.Story;
import org.regwatch.query.fixtures.TestKafka;
import org.regwatch.testsupport.RegwatchInfraResource;

/** What the projection does when the database fails under it. */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class ProjectionResilienceTest {

  @Inject
  ProjectionPipeline pipeline;

  @Inject
  ProjectionStalls stalls;

  @Inject
  AgroalDataSource dataSource;

  private final Story story = new Story();
  private final TestKafka kafka = new TestKafka();

  @AfterEach
  void close() {
    kafka.close();
  }

  @Test
  void aBatchFailingWithAConnectionErrorIsRetriedUntilTheDatabaseIsBackAndReportedMeanwhile() {
    AtomicInteger calls = new AtomicInteger();
    List<Map<String, ProjectionStalls.Stall>> seenWhileFailing = new ArrayList<>();
    BatchProjector flaky = new BatchProjector() {
      @Override
      public String topic() {
        return "test-flaky-" + story.run;
      }

      @Override
      public Set<Class<? extends EventData>> accepts() {
        return Set.of(ArticleClassified.class);
      }

      @Override
      public void project(List<Event<?>> events) throws SQLException {
        int call = calls.incrementAndGet();
        seenWhileFailing.add(stalls.current());
        if (call <= 2) {
          throw new SQLException("Connection to localhost:5432 refused", "08001");
        }
      }
    };
    SourceRecord record = new SourceRecord(Topics.CLASSIFICATIONS, 0, 0, "k",
        new EventCodec().encode(story.faceUnlockProduct().classified()));

    pipeline.process(List.of(record), flaky);

    assertThat(calls).hasValue(3);
    assertThat(seenWhileFailing.get(2)).containsKey(flaky.topic());
    assertThat(stalls.current()).doesNotContainKey(flaky.topic());
  }

  @Test
  void connectionsKilledWhileEventsFlowLoseNothingAndDoubleNothing() throws Exception {
    AtomicBoolean killing = new AtomicBoolean(true);
    Thread killer = new Thread(() -> {
      while (killing.get()) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
          // every other session of this database: the projection's pooled connections
          s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
              + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
        } catch (SQLException ignored) {
          // our own connection may be among the killed ones; try again
        }
        try {
          Thread.sleep(150);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    killer.start();
    List<Story.Item> items = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Story.Item item = story.plain("outage", "2020-06-" + (10 + i % 10) + "T0" + (i % 10)
          + ":00:00Z", "Outage article " + i);
      items.add(item);
      kafka.send(item.discovered());
      kafka.send(item.classified());
      Thread.sleep(100);
    }
    Thread.sleep(1000);
    killing.set(false);
    killer.join();
    // The killer also hit sessions of the other tests' pool users: drop what it closed.
    dataSource.flush(AgroalDataSource.FlushMode.INVALID);

    Eventually.assertThat(java.time.Duration.ofSeconds(60), () ->
        given().queryParam("feed", story.feed("outage")).queryParam("limit", 100)
            .get("/api/articles").then().statusCode(200).body("items", hasSize(20))
            .body("items.findAll { it.classification == null }", hasSize(0)));
    Eventually.assertThat(() ->
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")));
  }
}
