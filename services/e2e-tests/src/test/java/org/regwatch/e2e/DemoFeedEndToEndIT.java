package org.regwatch.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.filter.log.ErrorLoggingFilter;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.regwatch.events.Topics;

/**
 * The honest end-to-end path of the foundation: a local HTTP server serves the demo feed; the
 * packaged poller fetches it and publishes {@code ArticleDiscovered}; the packaged classifier reads
 * each article and publishes {@code ArticleClassified}; the packaged query service stores the read
 * model; the API lists the articles with their labels and evidence. Polling again adds nothing.
 *
 * <p>The tests share one running system and run in order: the later ones read what the first
 * produced.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class DemoFeedEndToEndIT {

  private static final int DEMO_ARTICLES = 8;
  private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(120);

  private RunningSystem system;
  private DemoFeedServerForTests demoFeed;

  @BeforeAll
  void startTheSystem() {
    demoFeed = new DemoFeedServerForTests();
    system = new RunningSystem();
  }

  @AfterAll
  void stopTheSystem() {
    if (system != null) {
      system.close();
    }
    if (demoFeed != null) {
      demoFeed.close();
    }
  }

  @Test
  @Order(0)
  void thePackagedPollerRefusesARegistryWriteWithoutTheOperatorKey() {
    given()
        .baseUri(system.baseUrl("feed-poller"))
        .contentType(ContentType.JSON)
        .body(Map.of("url", demoFeed.feedUrl()))
    .when()
        .post("/api/feeds")
    .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  @Order(1)
  void registeringTheDemoFeed_makesAllItsArticlesAppearInTheApiWithTheirClassification() {
    given()
        .filter(new ErrorLoggingFilter())
        .baseUri(system.baseUrl("feed-poller"))
        .header("Authorization", "Bearer " + RunningSystem.OPERATOR_KEY)
        .contentType(ContentType.JSON)
        .body(Map.of(
            "url", demoFeed.feedUrl(),
            "title", "Regwatch demo feed",
            "tags", List.of("demo"),
            "pollIntervalSeconds", 2,
            "fullText", false))
    .when()
        .post("/api/feeds")
    .then()
        .statusCode(201)
        .body("id", notNullValue());

    await("all demo articles classified in the read model")
        .atMost(PIPELINE_TIMEOUT)
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> classifiedArticles().size() == DEMO_ARTICLES);
  }

  @Test
  @Order(2)
  void theFourReportsOfAmazonsOneYearPause_areMoratoriumAnnouncedByAmazonWithEvidence() {
    List<JsonPath> reports2020 = articles().stream()
        .filter(a -> a.getString("published").startsWith("2020-06-1"))
        .filter(a -> title(a).startsWith("Amazon"))
        .collect(Collectors.toList());

    assertThat(reports2020).hasSize(4);
    for (JsonPath json : reports2020) {
      assertThat(json.getString("classification.moratorium")).as(title(json)).isEqualTo("announced");
      assertThat(json.getList("classification.actors", String.class)).as(title(json)).contains("Amazon");
      assertThat(json.getList("tags", String.class)).contains("demo");
      assertThat(json.getString("developments[0].kind")).isEqualTo("moratorium");
      assertThat(json.getString("developments[0].evidence[0].quote"))
          .as("the evidence sentence of " + title(json))
          .containsIgnoringCase("Amazon")
          .isEqualTo(evidencedText(json, "developments[0].evidence[0]"));
    }
  }

  @Test
  @Order(3)
  void theReportOfTheIndefiniteExtension_isMoratoriumExtended() {
    JsonPath json = byTitlePrefix("Amazon extends its moratorium");

    assertThat(json.getString("classification.moratorium")).isEqualTo("extended");
    assertThat(json.getList("classification.actors", String.class)).contains("Amazon");
    assertThat(json.getString("developments[0].evidence[0].quote")).containsIgnoringCase("indefinitely");
  }

  @Test
  @Order(4)
  void theFaceUnlockProductStory_isNotRelevant() {
    JsonPath json = byTitlePrefix("New phone unlocks with your face");

    assertThat(json.getBoolean("classification.relevant")).isFalse();
    assertThat(json.getString("classification.moratorium")).isEqualTo("none");
  }

  @Test
  @Order(5)
  void pollingTheUnchangedFeedAgain_publishesNothingAndAddsNoArticle() {
    Map<TopicPartition, Long> before = endOffsets(Topics.ARTICLES);
    int requestsBefore = demoFeed.requests();

    await("the poller fetched the full feed twice more")
        .atMost(Duration.ofSeconds(60))
        .until(() -> demoFeed.requests() >= requestsBefore + 2);

    assertThat(endOffsets(Topics.ARTICLES)).isEqualTo(before);
    assertThat(articles()).hasSize(DEMO_ARTICLES);
  }

  @Test
  @Order(6)
  void aRestartedPoller_remembersWhatItHasSeen() {
    Map<TopicPartition, Long> before = endOffsets(Topics.ARTICLES);

    system.restart("feed-poller");
    int requestsAfterRestart = demoFeed.requests();
    await("the restarted poller fetched the feed twice")
        .atMost(Duration.ofSeconds(60))
        .until(() -> demoFeed.requests() >= requestsAfterRestart + 2);

    assertThat(endOffsets(Topics.ARTICLES)).isEqualTo(before);
    given()
        .baseUri(system.baseUrl("query-service"))
        .queryParam("limit", 50)
    .when()
        .get("/api/articles")
    .then()
        .statusCode(200)
        .body("items.size()", equalTo(DEMO_ARTICLES));
  }

  /** Every article the API lists, each as a JSON path rooted at the article. */
  private List<JsonPath> articles() {
    String page = given()
        .filter(new ErrorLoggingFilter())
        .baseUri(system.baseUrl("query-service"))
        .queryParam("limit", 50)
    .when()
        .get("/api/articles")
    .then()
        .statusCode(200)
        .extract()
        .asString();
    int count = JsonPath.from(page).getInt("items.size()");
    return IntStream.range(0, count)
        .mapToObj(i -> JsonPath.from(page).setRootPath("items[" + i + "]"))
        .collect(Collectors.toList());
  }

  private List<JsonPath> classifiedArticles() {
    return articles().stream()
        .filter(a -> a.get("classification") != null)
        .collect(Collectors.toList());
  }

  private JsonPath byTitlePrefix(String prefix) {
    return articles().stream()
        .filter(a -> title(a).startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no article titled '" + prefix + "…' in the API"));
  }

  /** The characters the evidence span points at, in the article's title or text (summary here). */
  private static String evidencedText(JsonPath article, String evidence) {
    String source = "title".equals(article.getString(evidence + ".field"))
        ? article.getString("title")
        : article.getString("summary");
    return source.substring(article.getInt(evidence + ".start"), article.getInt(evidence + ".end"));
  }

  private static String title(JsonPath article) {
    return article.getString("title");
  }

  private Map<TopicPartition, Long> endOffsets(String topic) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.infra().bootstrapServers());
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition()))
          .collect(Collectors.toList());
      return consumer.endOffsets(partitions);
    }
  }
}
