package org.regwatch.poller.polling;

import static io.restassured.RestAssured.given;
import static org.regwatch.poller.testing.Operator.asOperator;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regwatch.poller.PollerConfig;
import org.regwatch.poller.kafka.KafkaClients;
import org.regwatch.poller.testing.Await;
import org.regwatch.poller.testing.TestFeed;
import org.regwatch.poller.testing.TopicReader;
import org.regwatch.poller.websub.CallbackUrls;
import org.regwatch.poller.websub.WebSubSubscriptions;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * Per-feed polling state is durable in the poller-state topic on the real broker: an instance
 * that starts afresh (its own Kafka clients, nothing in memory) shows the state the running one
 * had; a paused and resumed feed continues from its stored state; a removed feed's state is
 * deleted.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class FeedStateDurabilityTest {

  private static final String RSS = "application/rss+xml; charset=utf-8";

  @Inject PollerConfig config;
  @Inject CallbackUrls callbacks;

  private TestFeed feed;

  @BeforeEach
  void startServer() throws Exception {
    feed = new TestFeed("state");
  }

  @AfterEach
  void stopServer() {
    feed.close();
  }

  private static Map<String, Object> apiState(String feedId) {
    Map<String, Object> state = given().when().get("/api/feeds/" + feedId).then().statusCode(200)
        .extract().path("state");
    return state == null ? Map.of() : state;
  }

  private static int intOf(Map<String, Object> state, String field) {
    Object value = state.get(field);
    return value == null ? 0 : ((Number) value).intValue();
  }


  /** What a freshly started instance reads before it polls: the feed states of the topic alone. */
  private static FeedStateStore freshStore() throws InterruptedException {
    FeedStateStore store = new FeedStateStore(new KafkaClients(TopicReader.bootstrap()));
    store.start();
    Await.until("the fresh store to load the topic", Duration.ofSeconds(20),
        () -> store.isLoaded() ? Optional.of(true) : Optional.empty());
    return store;
  }

  @Test
  void aFreshInstanceShowsTheStateTheRunningOneHad_validatorsIncluded() throws Exception {
    feed.server().conditional(feed.path(), feed.newsFixture(), "\"v1\"", RSS);
    String feedId = TestFeed.register(feed.url());
    Map<String, Object> before = Await.until("three polls, the last ones answered 304", Duration.ofSeconds(60), () -> {
      Map<String, Object> state = apiState(feedId);
      return intOf(state, "polls") >= 3 ? Optional.of(state) : Optional.empty();
    });

    FeedStateStore store = freshStore();
    try {
      StoredFeedState stored = Await.until("the fresh store to hold those polls", Duration.ofSeconds(20),
          () -> store.find(feedId).filter(s -> s.polls() >= intOf(before, "polls")));
      assertThat(stored.etag()).as("validators survive: the next poll stays conditional").isEqualTo("\"v1\"");
      assertThat(stored.url()).isEqualTo(feed.url());

      PollStates restarted = new PollStates(config, new WebSubSubscriptions(callbacks), store);
      FeedStateView view = restarted.stateFor(feedId, feed.url(), Instant.now())
          .view(config.schedule().unhealthyAfter(), null);
      assertThat(view.polls()).isGreaterThanOrEqualTo(intOf(before, "polls"));
      assertThat(view.articlesPublished()).isEqualTo(intOf(before, "articlesPublished")).isEqualTo(3);
      assertThat(view.itemsSeen()).isEqualTo(3);
      assertThat(view.format()).isEqualTo(before.get("format"));
      assertThat(view.httpStatus()).isEqualTo(304);
      assertThat(view.lastSuccess()).isNotNull();
      assertThat(view.lastAttempt()).isNotNull();
      assertThat(view.consecutiveFailures()).isZero();
    } finally {
      store.stop();
    }
  }

  @Test
  void aFailingFeedPausedAndResumed_continuesWithItsFailureCountAndError() throws Exception {
    feed.server().route(feed.path(), exchange -> exchange.sendResponseHeaders(503, -1));
    String feedId = TestFeed.register(feed.url());
    Map<String, Object> failing = Await.until("two consecutive failures", Duration.ofSeconds(60), () -> {
      Map<String, Object> state = apiState(feedId);
      return intOf(state, "consecutiveFailures") >= 2 ? Optional.of(state) : Optional.empty();
    });

    asOperator().when().post("/api/feeds/" + feedId + "/pause").then().statusCode(200);
    Await.until("the paused feed's state to leave memory", Duration.ofSeconds(10),
        () -> apiState(feedId).isEmpty() ? Optional.of(true) : Optional.empty());
    Thread.sleep(1_000); // a flush interval (0.5 s in tests): its last state is written
    asOperator().when().post("/api/feeds/" + feedId + "/resume").then().statusCode(200);

    Map<String, Object> resumed = Await.until("the state to be back", Duration.ofSeconds(10), () -> {
      Map<String, Object> state = apiState(feedId);
      return state.isEmpty() ? Optional.empty() : Optional.of(state);
    });
    assertThat(intOf(resumed, "consecutiveFailures"))
        .as("not a fresh state: failures and backoff continue").isGreaterThanOrEqualTo(intOf(failing, "consecutiveFailures"));
    assertThat(intOf(resumed, "polls")).isGreaterThanOrEqualTo(intOf(failing, "polls"));
    assertThat(resumed.get("errorKind")).isEqualTo("http_status");
    assertThat(resumed.get("httpStatus")).isEqualTo(503);
  }

  @Test
  void aRemovedFeedsStoredStateIsDeleted() throws Exception {
    feed.server().conditional(feed.path(), feed.newsFixture(), "\"v1\"", RSS);
    String feedId = TestFeed.register(feed.url());
    Await.until("a first poll", Duration.ofSeconds(60),
        () -> intOf(apiState(feedId), "polls") >= 1 ? Optional.of(true) : Optional.empty());
    FeedStateStore before = freshStore();
    try {
      Await.until("the state to be stored", Duration.ofSeconds(20), () -> before.find(feedId));
    } finally {
      before.stop();
    }

    asOperator().when().delete("/api/feeds/" + feedId).then().statusCode(204);

    FeedStateStore after = freshStore();
    try {
      Await.until("the tombstone", Duration.ofSeconds(20),
          () -> after.find(feedId).isEmpty() ? Optional.of(true) : Optional.empty());
    } finally {
      after.stop();
    }
  }
}
