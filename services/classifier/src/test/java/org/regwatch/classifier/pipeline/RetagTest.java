package org.regwatch.classifier.pipeline;

import static io.restassured.RestAssured.given;
import static org.regwatch.classifier.api.Operator.asOperator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regwatch.events.ArticleClassified;
import org.regwatch.events.EventCodec;
import org.regwatch.events.Topics;
import org.regwatch.testsupport.RegwatchInfraResource;

/** {@code POST /api/retag} replays the articles topic through the current packs. */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class RetagTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private final EventCodec codec = new EventCodec();
  private final KafkaFixture kafka = new KafkaFixture();
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void close() {
    kafka.close();
  }

  @Test
  void retaggingRepublishesEveryArticleWithTheSameIdsWhenThePacksAreUnchanged() throws InterruptedException {
    String articleId = "retag-" + run;
    String garbageKey = "retag-garbage-" + run;
    kafka.send(Topics.ARTICLES, garbageKey, "not an event".getBytes(StandardCharsets.UTF_8));
    kafka.send(
        Topics.ARTICLES, articleId,
        codec.encode(Articles.discovered("evt-" + articleId, articleId, Articles.PAUSE_TITLE, Articles.PAUSE_TEXT)));
    ConsumerRecord<String, byte[]> live = kafka.await(Topics.CLASSIFICATIONS, r -> articleId.equals(r.key()), WAIT);
    kafka.await(Topics.DEAD_LETTERS, r -> garbageKey.equals(r.key()), WAIT);

    asOperator()
        .when().post("/api/retag")
        .then().statusCode(202)
        .header("Location", notNullValue())
        .body("state", equalTo("RUNNING"));
    JsonPath finished = awaitFinished();

    assertThat(finished.getString("state")).isEqualTo("SUCCEEDED");
    assertThat(finished.getLong("total")).isGreaterThanOrEqualTo(2);
    assertThat(finished.getLong("done")).isEqualTo(finished.getLong("total"));
    assertThat(finished.getLong("classified")).isGreaterThanOrEqualTo(1);
    assertThat(finished.getLong("skipped")).isGreaterThanOrEqualTo(1);
    List<ConsumerRecord<String, byte[]>> classifications =
        kafka.awaitCount(Topics.CLASSIFICATIONS, r -> articleId.equals(r.key()), 2, WAIT);
    assertThat(classifications)
        .extracting(r -> codec.decode(r.value(), ArticleClassified.class).id())
        .containsOnly(codec.decode(live.value(), ArticleClassified.class).id());
    // The live consumer already dead-lettered the garbage; the replay does not do it twice.
    assertThat(kafka.readToEnd(Topics.DEAD_LETTERS)).filteredOn(r -> garbageKey.equals(r.key())).hasSize(1);
  }

  private JsonPath awaitFinished() throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      JsonPath status = given().when().get("/api/retag").then().statusCode(200).extract().jsonPath();
      if (!"RUNNING".equals(status.getString("state"))) {
        return status;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("re-tagging did not finish within " + WAIT);
  }
}
