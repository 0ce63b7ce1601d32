package org.regwatch.query.articles;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regwatch.events.MoratoriumStatus;
import org.regwatch.events.Topics;
import org.regwatch.query.fixtures.Eventually;
import org.regwatch.query.fixtures.Story;
import org.regwatch.query.fixtures.TestKafka;
import org.regwatch.query.projection.DeadLetterPublisher;
import org.regwatch.testsupport.RegwatchInfraResource;

/** The article read model, fed through the real broker into the real database. */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class ArticleProjectionTest {

  private final Story story = new Story();
  private final TestKafka kafka = new TestKafka();

  @AfterEach
  void close() {
    kafka.close();
  }

  @Test
  void aDiscoveredAndClassifiedArticleIsListedWithItsTagsLabelsAndEvidence() {
    Story.Item item = story.amazon2020FourOutlets().get(0);
    kafka.send(item.discovered());
    kafka.send(item.classified());

    Eventually.assertThat(() ->
        given().queryParam("feed", story.feed("northfield-courier"))
            .when().get("/api/articles")
            .then().statusCode(200)
            .body("items", hasSize(1))
            .body("items[0].id", equalTo(item.id()))
            .body("items[0].title", equalTo("Amazon halts police access to Rekognition for one year"))
            .body("items[0].tags", contains("tech", "policy"))
            .body("items[0].classification.relevant", equalTo(true))
            .body("items[0].classification.moratorium", equalTo("announced"))
            .body("items[0].classification.actors", contains("Amazon"))
            .body("items[0].classification.rulePacks", contains("facial-recognition@1"))
            .body("items[0].developments[0].kind", equalTo("moratorium"))
            .body("items[0].developments[0].duration", equalTo("one year"))
            .body("items[0].developments[0].evidence[0].start", equalTo(0))
            .body("items[0].developments[0].evidence[0].quote", equalTo(
                "Amazon said on Wednesday it is putting a one-year moratorium on police use of "
                    + "Rekognition, its facial recognition software.")));
  }

  @Test
  void resendingTheSameEventsDoesNotDoubleAnything() {
    List<Story.Item> items = story.amazon2020FourOutlets();
    for (int round = 0; round < 2; round++) {
      for (Story.Item item : items) {
        kafka.send(item.discovered());
        kafka.send(item.classified());
      }
    }
    for (Story.Item item : items) {
      awaitProjected(item);
    }

    for (String outlet :
        List.of("northfield-courier", "harbor-tech-daily", "civic-ledger", "metro-wire")) {
      given().queryParam("feed", story.feed(outlet)).get("/api/articles")
          .then().statusCode(200).body("items", hasSize(1))
          .body("items[0].developments", hasSize(1))
          .body("items[0].developments[0].evidence", hasSize(1));
    }
  }

  @Test
  void aClassificationThatArrivesBeforeItsArticleEndsInACompleteRow() {
    Story.Item item = story.amazon2021Extension();
    kafka.send(item.classified());
    // The classification alone is not shown: it has no title or link yet.
    Eventually.assertThat(Duration.ofSeconds(5), () ->
        given().get("/api/articles/" + item.id()).then().statusCode(404));
    kafka.send(item.discovered());

    Eventually.assertThat(() ->
        given().get("/api/articles/" + item.id()).then().statusCode(200)
            .body("title", equalTo("Amazon extends its police moratorium on Rekognition indefinitely"))
            .body("feedId", equalTo(story.feed("northfield-courier")))
            .body("classification.moratorium", equalTo("extended"))
            .body("classification.current", equalTo(true))
            .body("developments[0].status", equalTo("extended")));
  }

  @Test
  void aNewerRulePackSupersedesAndAnOlderOneArrivingLaterDoesNot() {
    Story.Item item = story.amazon2021Extension();
    kafka.send(item.discovered());
    kafka.send(story.reclassified(item, "facial-recognition@2", MoratoriumStatus.ENDED,
        Instant.parse("2022-01-01T00:00:00Z")));
    // Sent after v2, stamped later: still must not win against the newer rule pack.
    kafka.send(story.reclassified(item, "facial-recognition@1", MoratoriumStatus.ANNOUNCED,
        Instant.parse("2023-01-01T00:00:00Z")));
    awaitProjected(item);

    given().get("/api/articles/" + item.id()).then().statusCode(200)
        .body("classification.moratorium", equalTo("ended"))
        .body("classification.rulePacks", contains("facial-recognition@2"));
  }

  @Test
  void aRevisionReplacesTheArticlesMetadataAndMarksItsClassificationAsStale() {
    Story.Item item = story.faceUnlockProduct();
    kafka.send(item.discovered());
    kafka.send(item.classified());
    kafka.send(story.revised(item, "New phone unlocks with a glance (updated)",
        item.discovered().time().plusSeconds(3600)));

    Eventually.assertThat(() ->
        given().get("/api/articles/" + item.id()).then().statusCode(200)
            .body("title", equalTo("New phone unlocks with a glance (updated)"))
            .body("classification.current", equalTo(false)));
  }

  /**
   * Sends a marker article behind the item's last record in the same partitions of both topics
   * and waits until it shows: the item's records have then been projected too.
   */
  private void awaitProjected(Story.Item item) {
    Story.Item marker =
        story.plain("marker", "2019-01-01T00:00:00Z", "Marker behind " + item.id());
    kafka.sendToPartition(marker.discovered(), kafka.send(item.discovered()));
    kafka.sendToPartition(marker.classified(), kafka.send(item.classified()));
    Eventually.assertThat(() ->
        given().get("/api/articles/" + marker.id()).then().statusCode(200)
            .body("classification", notNullValue()));
  }

  @Test
  void aGarbageRecordGoesToTheDeadLetterTopicWithItsReasonAndDoesNotBlockItsPartition() {
    Story.Item item = story.faceUnlockProduct();
    // Same key as the valid article: same partition, so the valid one sits right behind it.
    kafka.sendRaw(Topics.CLASSIFICATIONS, item.id(), "{\"specversion\":\"1.0\", oops");
    kafka.send(item.classified());
    kafka.send(item.discovered());

    Eventually.assertThat(() ->
        given().get("/api/articles/" + item.id()).then().statusCode(200)
            .body("classification.relevant", equalTo(false)));
    Eventually.assertThat(() -> {
      List<ConsumerRecord<String, byte[]>> dead =
          kafka.readAll(Topics.DEAD_LETTERS, Duration.ofSeconds(2)).stream()
              .filter(r -> item.id().equals(r.key())).toList();
      assertThat(dead).hasSize(1);
      Header reason = dead.get(0).headers().lastHeader(DeadLetterPublisher.REASON);
      assertThat(reason).isNotNull();
      assertThat(new String(reason.value(), StandardCharsets.UTF_8)).startsWith("not JSON");
      assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).contains("oops");
    });
  }
}
