package org.regwatch.poller.polling;

import static io.restassured.RestAssured.given;
import static org.regwatch.poller.testing.Operator.asOperator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regwatch.events.ArticleDiscovered;
import org.regwatch.events.ArticleRevised;
import org.regwatch.events.Event;
import org.regwatch.events.FeedRegistered;
import org.regwatch.events.Topics;
import org.regwatch.poller.items.ArticleEvents;
import org.regwatch.poller.items.SeenState;
import org.regwatch.poller.kafka.KafkaClients;
import org.regwatch.poller.parsing.FeedParser;
import org.regwatch.poller.parsing.Fixtures;
import org.regwatch.poller.testing.Await;
import org.regwatch.poller.testing.FeedServer;
import org.regwatch.poller.testing.TestFeed;
import org.regwatch.poller.testing.TopicReader;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * The poller end to end over real sockets and the real broker: register through the API, the
 * local server is polled, articles land on regwatch.articles, and polling again adds nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class FeedPollingFlowTest {

  private static final String RSS = "application/rss+xml; charset=utf-8";
  private TestFeed feed;

  @BeforeEach
  void startServer() throws Exception {
    feed = new TestFeed("wire");
  }

  @AfterEach
  void stopServer() {
    feed.close();
  }

  private static List<Event<?>> articlesOf(String feedId) {
    return TopicReader.events(Topics.ARTICLES, e ->
        (e.data() instanceof ArticleDiscovered d && d.feedId().equals(feedId))
            || (e.data() instanceof ArticleRevised r && r.feedId().equals(feedId)));
  }


  private int pollsOf(String feedId) {
    Integer polls = given().when().get("/api/feeds/" + feedId).then().extract().path("state.polls");
    return polls == null ? 0 : polls;
  }

  @Test
  void aRegisteredFeedIsPolled_andEachItemBecomesOneArticleDiscovered() throws Exception {
    feed.server().conditional(feed.path(), feed.newsFixture(), "\"v1\"", RSS);
    String feedId = TestFeed.register(feed.url());

    assertThat(TopicReader.events(Topics.FEEDS, e -> e.subject().equals(feedId)))
        .extracting(Event::data).first().isInstanceOf(FeedRegistered.class);
    List<Event<?>> articles = Await.until("3 articles", Duration.ofSeconds(60), () -> {
      var found = articlesOf(feedId);
      return found.size() >= 3 ? Optional.of(found) : Optional.empty();
    });

    assertThat(articles).hasSize(3).allMatch(e -> e.data() instanceof ArticleDiscovered);
    ArticleDiscovered amazon = articles.stream().map(e -> (ArticleDiscovered) e.data())
        .filter(d -> d.title().startsWith("Amazon")).findFirst().orElseThrow();
    assertThat(amazon.title()).isEqualTo("Amazon halts police access to Rekognition for twelve months");
    assertThat(amazon.text()).contains("one-year moratorium on police use");
    assertThat(amazon.url()).isEqualTo(
        "https://" + feed.host() + "/2020/06/amazon-rekognition-pause");
    assertThat(amazon.tags()).containsExactly("policy");
    assertThat(articles).allSatisfy(e -> {
      assertThat(e.subject()).isEqualTo(((ArticleDiscovered) e.data()).articleId());
      assertThat(e.id()).isEqualTo("disc-" + e.subject() + "-" + ((ArticleDiscovered) e.data()).contentHash());
    });
    given().when().get("/api/feeds/" + feedId).then()
        .body("state.itemsSeen", equalTo(3))
        .body("state.format", equalTo("rss_2.0"))
        .body("state.lastSuccess", org.hamcrest.Matchers.notNullValue())
        .body("state.errorKind", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void pollingAgain_sendsTheEtag_gets304_andPublishesNothingNew() throws Exception {
    feed.server().conditional(feed.path(), feed.newsFixture(), "\"v1\"", RSS);
    String feedId = TestFeed.register(feed.url());
    Await.until("first articles", Duration.ofSeconds(60),
        () -> articlesOf(feedId).size() >= 3 ? Optional.of(true) : Optional.empty());
    int pollsAfterFirst = pollsOf(feedId);

    Await.until("two more polls", Duration.ofSeconds(60),
        () -> pollsOf(feedId) >= pollsAfterFirst + 2 ? Optional.of(true) : Optional.empty());

    var requests = feed.server().requests(feed.path());
    assertThat(requests.get(requests.size() - 1).headers().getFirst("If-None-Match")).isEqualTo("\"v1\"");
    assertThat(requests).extracting(FeedServer.Request::status).contains(304);
    assertThat(articlesOf(feedId)).hasSize(3);
    given().when().get("/api/feeds/" + feedId).then().body("state.httpStatus", equalTo(304));
  }

  @Test
  void aServerWithoutValidators_servingTheSameItems_publishesNothingNew() throws Exception {
    byte[] body = feed.newsFixture();
    feed.server().route(feed.path(), exchange -> {
      exchange.getResponseHeaders().set("Content-Type", RSS);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    });
    String feedId = TestFeed.register(feed.url());
    Await.until("first articles", Duration.ofSeconds(60),
        () -> articlesOf(feedId).size() >= 3 ? Optional.of(true) : Optional.empty());
    int pollsAfterFirst = pollsOf(feedId);

    Await.until("two more polls", Duration.ofSeconds(60),
        () -> pollsOf(feedId) >= pollsAfterFirst + 2 ? Optional.of(true) : Optional.empty());

    assertThat(articlesOf(feedId)).hasSize(3);
  }

  @Test
  void aChangedItem_publishesArticleRevised_withThePreviousHash() throws Exception {
    byte[] original = feed.newsFixture();
    feed.server().conditional(feed.path(), original, "\"v1\"", RSS);
    String feedId = TestFeed.register(feed.url());
    List<Event<?>> first = Await.until("first articles", Duration.ofSeconds(60), () -> {
      var found = articlesOf(feedId);
      return found.size() >= 3 ? Optional.of(found) : Optional.empty();
    });
    ArticleDiscovered ibm = first.stream().map(e -> (ArticleDiscovered) e.data())
        .filter(d -> d.title().startsWith("IBM")).findFirst().orElseThrow();

    byte[] changed = new String(original, StandardCharsets.UTF_8)
        .replace("no longer offers general-purpose facial recognition or analysis software.",
            "no longer offers general-purpose facial recognition or analysis software, and asked for a national dialogue.")
        .getBytes(StandardCharsets.UTF_8);
    feed.server().conditional(feed.path(), changed, "\"v2\"", RSS);

    Event<?> revision = Await.until("a revision", Duration.ofSeconds(60), () -> articlesOf(feedId).stream()
        .filter(e -> e.data() instanceof ArticleRevised).findFirst());
    ArticleRevised revised = (ArticleRevised) revision.data();
    assertThat(revised.articleId()).isEqualTo(ibm.articleId());
    assertThat(revised.previousContentHash()).isEqualTo(ibm.contentHash());
    assertThat(revised.text()).endsWith("asked for a national dialogue.");
    int polls = pollsOf(feedId);
    Await.until("two more polls", Duration.ofSeconds(60),
        () -> pollsOf(feedId) >= polls + 2 ? Optional.of(true) : Optional.empty());
    assertThat(articlesOf(feedId)).hasSize(4);
  }

  @Test
  void aRestartedPollersMemory_readFromThePollerStateTopic_knowsEveryPublishedItem() throws Exception {
    feed.server().conditional(feed.path(), feed.newsFixture(), "\"v1\"", RSS);
    String feedId = TestFeed.register(feed.url());
    Await.until("first articles", Duration.ofSeconds(60),
        () -> articlesOf(feedId).size() >= 3 ? Optional.of(true) : Optional.empty());
    FeedRegistered registered = (FeedRegistered) TopicReader.events(Topics.FEEDS, e -> e.subject().equals(feedId))
        .get(0).data();

    // What a freshly started instance builds before it polls: the seen-state from the topic alone.
    SeenState fresh = new SeenState(new KafkaClients(TopicReader.bootstrap()));
    fresh.start(new io.quarkus.runtime.StartupEvent());
    try {
      assertThat(fresh.awaitCaughtUp(Duration.ofSeconds(20))).isTrue();

      var items = new FeedParser().parse(feed.newsFixture(), null, registered.url()).items();
      assertThat(ArticleEvents.decide(registered, items, fresh::get, java.time.Instant.now())).isEmpty();
    } finally {
      fresh.stop(new io.quarkus.runtime.ShutdownEvent());
    }
  }

  @Test
  void a429WithRetryAfter_holdsThisFeedBack_andSaysWhy() throws Exception {
    feed.server().route(feed.path(), exchange -> {
      exchange.getResponseHeaders().set("Retry-After", "600");
      exchange.sendResponseHeaders(429, -1);
    });
    String feedId = TestFeed.register(feed.url());

    String nextPoll = Await.until("a throttled poll", Duration.ofSeconds(60), () -> {
      Integer status = given().when().get("/api/feeds/" + feedId).then().extract().path("state.httpStatus");
      return status != null && status == 429
          ? Optional.of(given().when().get("/api/feeds/" + feedId).then().extract().<String>path("state.nextPoll"))
          : Optional.empty();
    });

    assertThat(java.time.Instant.parse(nextPoll)).isAfter(java.time.Instant.now().plus(Duration.ofMinutes(9)));
    given().when().get("/api/feeds/" + feedId).then()
        .body("state.errorKind", equalTo("http_status"))
        .body("state.consecutiveFailures", equalTo(1));
    Thread.sleep(2_000);
    assertThat(feed.server().requests(feed.path())).hasSize(1);
  }

  @Test
  void aPermanentRedirect_movesTheFeedInTheRegistry_keepingItsId() throws Exception {
    String newPath = "/" + UUID.randomUUID() + "/moved.xml";
    feed.server().route(feed.path(), exchange -> {
      exchange.getResponseHeaders().set("Location", feed.server().url(newPath));
      exchange.sendResponseHeaders(301, -1);
    });
    feed.server().conditional(newPath, feed.newsFixture(), "\"m1\"", RSS);
    String feedId = TestFeed.register(feed.url());

    Await.until("the move", Duration.ofSeconds(60), () -> {
      String url = given().when().get("/api/feeds/" + feedId).then().extract().path("url");
      return feed.server().url(newPath).equals(url) ? Optional.of(url) : Optional.empty();
    });

    var registered = TopicReader.events(Topics.FEEDS, e -> e.subject().equals(feedId));
    assertThat(((FeedRegistered) registered.get(registered.size() - 1).data()).url()).isEqualTo(feed.server().url(newPath));
    Await.until("polls at the new URL", Duration.ofSeconds(60),
        () -> feed.server().requests(newPath).size() >= 2 ? Optional.of(true) : Optional.empty());
  }

  @Test
  void aFullTextFeed_publishesTheLinkedPagesMainText_andSaysSo() throws Exception {
    String pagePath = "/" + UUID.randomUUID() + "/article.html";
    byte[] page;
    try (var in = getClass().getResourceAsStream("/pages/article-with-nav-and-comments.html")) {
      page = in.readAllBytes();
    }
    feed.server().route(pagePath, exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, page.length);
      exchange.getResponseBody().write(page);
    });
    String rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Full text wire</title><link>%1$s</link><description>d</description>
        <item><title>Amazon halts police access to Rekognition</title><link>%1$s</link>
        <description>A one-year pause.</description></item></channel></rss>
        """.formatted(feed.server().url(pagePath));
    feed.server().conditional(feed.path(), rss.getBytes(StandardCharsets.UTF_8), "\"f1\"", RSS);
    String feedId = asOperator().contentType(ContentType.JSON)
        .body(Map.of("url", feed.url(), "pollIntervalSeconds", 1, "fullText", true))
        .when().post("/api/feeds").then().statusCode(201).extract().path("id");

    Event<?> event = Await.until("the article", Duration.ofSeconds(60),
        () -> articlesOf(feedId).stream().findFirst());

    ArticleDiscovered article = (ArticleDiscovered) event.data();
    assertThat(article.content()).isEqualTo(org.regwatch.events.ContentKind.FULL_TEXT);
    assertThat(article.summary()).isEqualTo("A one-year pause.");
    assertThat(article.text()).startsWith("Amazon said on Wednesday that it is putting a one-year moratorium")
        .doesNotContain("cookies");
  }

  @Test
  void anRssTtl_holdsTheNextPollBack() throws Exception {
    feed.server().conditional(feed.path(), Fixtures.feed("rss2-moratorium-news.xml"), "\"ttl\"", RSS);
    String feedId = TestFeed.register(feed.url());

    String nextPoll = Await.until("a successful poll", Duration.ofSeconds(60), () -> {
      Integer status = given().when().get("/api/feeds/" + feedId).then().extract().path("state.httpStatus");
      return status != null && status == 200
          ? Optional.of(given().when().get("/api/feeds/" + feedId).then().extract().<String>path("state.nextPoll"))
          : Optional.empty();
    });

    assertThat(java.time.Instant.parse(nextPoll)).isAfter(java.time.Instant.now().plus(Duration.ofMinutes(29)));
  }

  @Test
  void aFeedServingAnHtmlPage_showsAClearErrorInItsState_andKeepsBeingRetried() throws Exception {
    byte[] page = Fixtures.feed("html-page-served-as-feed.html");
    feed.server().route(feed.path(), exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, page.length);
      exchange.getResponseBody().write(page);
    });
    String feedId = TestFeed.register(feed.url());

    Await.until("a failed poll", Duration.ofSeconds(60), () -> {
      String kind = given().when().get("/api/feeds/" + feedId).then().extract().path("state.errorKind");
      return Optional.ofNullable(kind);
    });

    given().when().get("/api/feeds/" + feedId).then()
        .body("state.errorKind", equalTo("not_a_feed"))
        .body("state.errorMessage", equalTo("an HTML page, not a feed"))
        .body("state.consecutiveFailures", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    assertThat(articlesOf(feedId)).isEmpty();
  }
}
