package org.regwatch.poller.feeds;

import static io.restassured.RestAssured.given;
import static org.regwatch.poller.testing.Operator.asOperator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regwatch.events.FeedRegistered;
import org.regwatch.events.FeedRemoved;
import org.regwatch.events.Topics;
import org.regwatch.poller.testing.TopicReader;
import org.regwatch.testsupport.RegwatchInfraResource;

@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class FeedRegistryApiTest {

  /** A URL nobody serves: these tests are about the registry, not about polling. */
  private static String uniqueUrl() {
    return "https://registry-test.example.invalid/" + UUID.randomUUID() + "/rss.xml";
  }

  private static String register(String url) {
    return asOperator().contentType(ContentType.JSON)
        .body(Map.of("url", url, "title", "Civic Tech Wire", "tags", java.util.List.of("Policy", "tech"),
            "pollIntervalSeconds", 3600))
        .when().post("/api/feeds")
        .then().statusCode(201)
        .extract().path("id");
  }

  @Test
  void registeringAFeed_answers201WithLocation_andTheRegistryTopicHasTheEvent() {
    String url = uniqueUrl();

    String id = asOperator().contentType(ContentType.JSON)
        .body(Map.of("url", url, "title", "Civic Tech Wire", "tags", java.util.List.of("Policy", "tech"),
            "pollIntervalSeconds", 3600, "fullText", false))
        .when().post("/api/feeds")
        .then().statusCode(201)
        .header("Location", endsWith("/api/feeds/" + FeedUrls.idFor(url)))
        .body("id", matchesPattern("feed-[0-9a-f]{12}"))
        .body("url", equalTo(url))
        .body("tags", equalTo(java.util.List.of("policy", "tech")))
        .body("pollIntervalSeconds", equalTo(3600))
        .body("paused", equalTo(false))
        .extract().path("id");

    var events = TopicReader.events(Topics.FEEDS, e -> e.subject().equals(id));
    assertThat(events).hasSize(1);
    assertThat(events.get(0).data()).isInstanceOf(FeedRegistered.class);
    assertThat(((FeedRegistered) events.get(0).data()).url()).isEqualTo(url);
  }

  @Test
  void registeringTheSameUrlAgain_answers200WithTheExistingFeed_andWritesNothing() {
    String url = uniqueUrl();
    String id = register(url);

    asOperator().contentType(ContentType.JSON).body(Map.of("url", url.replace("https://registry-test", "HTTPS://REGISTRY-TEST")))
        .when().post("/api/feeds")
        .then().statusCode(200).body("id", equalTo(id)).body("title", equalTo("Civic Tech Wire"));

    assertThat(TopicReader.events(Topics.FEEDS, e -> e.subject().equals(id))).hasSize(1);
  }

  @Test
  void aRegisteredFeedIsReadBackByIdAndInTheList() {
    String id = register(uniqueUrl());

    given().when().get("/api/feeds/" + id).then().statusCode(200).body("id", equalTo(id));
    given().when().get("/api/feeds").then().statusCode(200).body("id", hasItem(id));
  }

  @Test
  void changingAFeed_keepsItsId_andIsVisibleImmediately() {
    String id = register(uniqueUrl());
    String moved = uniqueUrl();

    asOperator().contentType(ContentType.JSON)
        .body(Map.of("url", moved, "title", "Renamed", "pollIntervalSeconds", 600))
        .when().put("/api/feeds/" + id)
        .then().statusCode(200).body("id", equalTo(id)).body("url", equalTo(moved)).body("title", equalTo("Renamed"));

    given().when().get("/api/feeds/" + id).then().body("url", equalTo(moved)).body("pollIntervalSeconds", equalTo(600));
  }

  @Test
  void pausingAndResumingAFeed_areRegistryEvents() {
    String id = register(uniqueUrl());

    asOperator().when().post("/api/feeds/" + id + "/pause").then().statusCode(200).body("paused", equalTo(true));
    given().when().get("/api/feeds/" + id).then().body("paused", equalTo(true));
    asOperator().when().post("/api/feeds/" + id + "/resume").then().statusCode(200).body("paused", equalTo(false));

    var pausedFlags = TopicReader.events(Topics.FEEDS, e -> e.subject().equals(id)).stream()
        .map(e -> ((FeedRegistered) e.data()).paused()).toList();
    assertThat(pausedFlags).containsExactly(false, true, false);
  }

  @Test
  void removingAFeed_answers204_thenTheFeedIsGone_andTheTopicSaysFeedRemoved() {
    String id = register(uniqueUrl());

    asOperator().when().delete("/api/feeds/" + id).then().statusCode(204);

    given().when().get("/api/feeds/" + id).then().statusCode(404);
    var events = TopicReader.events(Topics.FEEDS, e -> e.subject().equals(id));
    assertThat(events.get(events.size() - 1).data()).isInstanceOf(FeedRemoved.class);
  }

  @Test
  void anUnknownId_is404ProblemDetails_forEveryVerb() {
    given().when().get("/api/feeds/feed-000000000000").then().statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404)).body("title", equalTo("Feed not found"))
        .body("instance", equalTo("/api/feeds/feed-000000000000"));
    asOperator().when().delete("/api/feeds/feed-000000000000").then().statusCode(404);
    asOperator().when().post("/api/feeds/feed-000000000000/pause").then().statusCode(404);
    asOperator().contentType(ContentType.JSON).body(Map.of("url", uniqueUrl()))
        .when().put("/api/feeds/feed-000000000000").then().statusCode(404);
  }

  @Test
  void aNonHttpUrl_is400() {
    expect400(Map.of("url", "ftp://files.example.org/rss.xml"), "url", "only http and https");
    expect400(Map.of("url", "file:///etc/passwd"), "url", "only http and https");
  }

  @Test
  void credentialsInTheUrl_are400() {
    expect400(Map.of("url", "https://alice:secret@feeds.example.org/rss.xml"), "url", "credentials");
  }

  @Test
  void aMissingOrOverlongUrl_is400() {
    expect400(Map.of("title", "no url"), "url", "required");
    expect400(Map.of("url", "https://x.example/" + "a".repeat(2100)), "url", "at most 2048");
  }

  @Test
  void anIntervalOutOfBounds_is400() {
    expect400(Map.of("url", uniqueUrl(), "pollIntervalSeconds", 0), "pollIntervalSeconds", "between");
    expect400(Map.of("url", uniqueUrl(), "pollIntervalSeconds", 99_999_999), "pollIntervalSeconds", "between");
  }

  @Test
  void anOverlongTitleOrABadTag_is400() {
    expect400(Map.of("url", uniqueUrl(), "title", "t".repeat(201)), "title", "at most 200");
    expect400(Map.of("url", uniqueUrl(), "tags", java.util.List.of("ok", "<script>")), "tags", "tag '<script>'");
  }

  @Test
  void malformedJson_is400ProblemDetails() {
    asOperator().contentType(ContentType.JSON).body("{\"url\": ")
        .when().post("/api/feeds")
        .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
  }

  private static void expect400(Map<String, Object> body, String field, String message) {
    asOperator().contentType(ContentType.JSON).body(body)
        .when().post("/api/feeds")
        .then().statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("title", equalTo("Invalid feed"))
        .body("errors.field", hasItem(field))
        .body("errors.message", hasItem(containsString(message)));
  }
}
