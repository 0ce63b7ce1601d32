package org.regwatch.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.filter.log.ErrorLoggingFilter;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.regwatch.events.ArticleDiscovered;
import org.regwatch.events.ArticleRevised;
import org.regwatch.events.Event;
import org.regwatch.events.Topics;

/**
 * Issue 3's durable per-feed state, with the PACKAGED poller as its own process: a feed served
 * with ETag and Last-Modified is polled, the poller is stopped (TERM) and started again, then
 * killed (SIGKILL) and started again. After each, the first request of the new process carries
 * the validators the poller had stored in {@code regwatch.poller-state}, and no story is ever
 * published twice on {@code regwatch.articles}.
 *
 * <p>Only the poller runs (it does not need the classifier or the query service to publish). The
 * tests share it and run in order: each continues from the state the previous one left.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class PollerRestartIT {

  private static final String POLLER = "feed-poller";
  private static final int FIRST_STORIES = 5;

  private ConditionalFeedServer site;
  private RunningSystem system;
  private Broker broker;
  private String feedId;

  @BeforeAll
  void startThePollerAlone() {
    site = new ConditionalFeedServer(FIRST_STORIES);
    system = new RunningSystem(POLLER);
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
    if (site != null) {
      site.close();
    }
  }

  @Test
  @Order(1)
  void aFeedWithValidators_isPublishedOnceAndThenPolledWithConditionalRequests() {
    feedId = given()
        .filter(new ErrorLoggingFilter())
        .baseUri(system.baseUrl(POLLER))
        .header("Authorization", "Bearer " + RunningSystem.OPERATOR_KEY)
        .contentType(ContentType.JSON)
        .body(Map.of(
            "url", site.feedUrl(),
            "title", "Valley Courier: Local news",
            "tags", List.of("local"),
            "pollIntervalSeconds", 1,
            "fullText", false))
    .when()
        .post("/api/feeds")
    .then()
        .statusCode(201)
        .extract().path("id");

    await("the stories published and the next poll answered 304")
        .atMost(Duration.ofSeconds(60))
        .until(() -> site.requests().stream().anyMatch(r -> r.status() == 304));
    assertThat(site.requests().stream().filter(r -> r.status() == 304))
        .allSatisfy(r -> assertThat(r.ifNoneMatch()).isEqualTo(site.etag()));
    assertThat(publicationsPerArticle()).hasSize(FIRST_STORIES)
        .allSatisfy((article, n) -> assertThat(n).as(article).isEqualTo(1L));
  }

  @Test
  @Order(2)
  void afterATermRestart_theFirstPollSendsTheStoredValidators_andNothingIsPublishedAgain() {
    system.stop(POLLER);
    int before = site.requests().size();
    system.startAgain(POLLER);
    await("two polls by the new process").atMost(Duration.ofSeconds(60))
        .until(() -> site.requests().size() >= before + 2);

    ConditionalFeedServer.Request first = site.requests().get(before);
    assertThat(first.ifNoneMatch()).isEqualTo(site.etag());
    assertThat(first.ifModifiedSince()).isEqualTo(site.lastModified());
    assertThat(first.status()).isEqualTo(304);
    assertThat(publicationsPerArticle()).hasSize(FIRST_STORIES)
        .allSatisfy((article, n) -> assertThat(n).as(article).isEqualTo(1L));
  }

  @Test
  @Order(3)
  void afterAKill_theFirstPollSendsTheValidatorsStoredBeforeTheCrash_andNoStoryIsPublishedTwice() {
    site.publishNextStory();
    await("the new story published and the new version polled with its validators")
        .atMost(Duration.ofSeconds(60))
        .until(() -> publicationsPerArticle().size() == FIRST_STORIES + 1
            && site.requests().stream().anyMatch(r -> r.status() == 304
                && site.etag().equals(r.ifNoneMatch())));
    // What the killed process leaves behind: the feed state of its last flush (every 30 s and at
    // shutdown), which may predate the new story: then the validators are the old ones, the site
    // answers 200, and only the seen-state (written after every poll) keeps the story unrepeated.
    JsonNode stored = storedFeedState();
    system.kill(POLLER);
    int before = site.requests().size();
    system.startAgain(POLLER);
    await("two polls by the new process").atMost(Duration.ofSeconds(60))
        .until(() -> site.requests().size() >= before + 2);

    ConditionalFeedServer.Request first = site.requests().get(before);
    assertThat(first.ifNoneMatch()).isNotNull().isEqualTo(stored.path("etag").asText());
    assertThat(first.ifModifiedSince()).isEqualTo(stored.path("lastModified").asText());
    assertThat(publicationsPerArticle()).hasSize(FIRST_STORIES + 1)
        .allSatisfy((article, n) -> assertThat(n).as(article).isEqualTo(1L));
    await("the new process polls with the current validators").atMost(Duration.ofSeconds(30))
        .until(() -> site.requests().subList(before, site.requests().size()).stream()
            .anyMatch(r -> r.status() == 304 && site.etag().equals(r.ifNoneMatch())));
    System.out.printf("[PollerRestartIT] after SIGKILL the first poll sent %s (current %s): %d%n",
        first.ifNoneMatch(), site.etag(), first.status());
  }

  /** How often each article of this feed was published on regwatch.articles. */
  private Map<String, Long> publicationsPerArticle() {
    return broker.readAll(Topics.ARTICLES).stream()
        .map(r -> (Event<?>) broker.codec().decode(r.value()))
        .map(Event::data)
        .filter(data -> data instanceof ArticleDiscovered d && d.feedId().equals(feedId)
            || data instanceof ArticleRevised v && v.feedId().equals(feedId))
        .map(data -> data instanceof ArticleDiscovered d ? d.articleId()
            : ((ArticleRevised) data).articleId())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  /** The latest state the poller stored for this feed in the compacted poller-state topic. */
  private JsonNode storedFeedState() {
    List<ConsumerRecord<String, byte[]>> records = broker.readAll(Topics.POLLER_STATE).stream()
        .filter(r -> feedId.equals(r.key()) && r.value() != null)
        .toList();
    assertThat(records).as("stored state of " + feedId).isNotEmpty();
    try {
      return broker.codec().mapper().readTree(records.get(records.size() - 1).value());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
