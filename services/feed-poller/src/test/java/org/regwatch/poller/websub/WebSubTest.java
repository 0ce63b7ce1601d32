package org.regwatch.poller.websub;

import static io.restassured.RestAssured.given;
import static org.regwatch.poller.testing.Operator.asOperator;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regwatch.events.ArticleDiscovered;
import org.regwatch.events.Topics;
import org.regwatch.poller.kafka.KafkaClients;
import org.regwatch.poller.polling.FeedStateStore;
import org.regwatch.poller.polling.StoredFeedState;
import org.regwatch.poller.testing.Await;
import org.regwatch.poller.testing.FeedServer;
import org.regwatch.poller.testing.TopicReader;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * WebSub against a hub on a real socket and the real broker: the poller finds the hub in the
 * feed, subscribes, answers the hub's intent verification, turns a signed push into
 * ArticleDiscovered, ignores unsigned and badly signed pushes, renews its lease, polls at the
 * normal interval again once the lease lapses, unsubscribes when the feed is removed or paused, and
 * keeps a verified subscription in the poller-state topic for a restarted instance.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class WebSubTest {

  private static final String RSS = "application/rss+xml; charset=utf-8";

  @Inject CallbackUrls callbacks;

  private FeedServer feeds;
  private FakeHub hub;
  private String path;
  private String articleHost;

  @BeforeEach
  void start() throws Exception {
    feeds = new FeedServer();
    hub = new FakeHub();
    path = "/" + UUID.randomUUID() + "/rss.xml";
    // URL-based article ids are global: each test gets articles of its own.
    articleHost = "ws-" + path.substring(1, 9) + ".example.net";
  }

  @AfterEach
  void stop() {
    feeds.close();
    hub.close();
  }

  /** An RSS 2.0 feed advertising the hub, with one item per slug. */
  private byte[] feed(String... slugs) {
    StringBuilder items = new StringBuilder();
    for (String slug : slugs) {
      items.append("""
          <item>
            <title>City council %s: facial recognition vote</title>
            <link>https://%s/2021/%s</link>
            <guid isPermaLink="true">https://%s/2021/%s</guid>
            <description>The council debated a moratorium on police use of face surveillance (%s).</description>
            <pubDate>Tue, 18 May 2021 09:00:00 GMT</pubDate>
          </item>
          """.formatted(slug, articleHost, slug, articleHost, slug, slug));
    }
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
          <channel>
            <title>Municipal Surveillance Watch</title>
            <link>https://%s/</link>
            <description>Local rules on surveillance technology</description>
            <atom:link rel="hub" href="%s"/>
            <atom:link rel="self" href="%s" type="application/rss+xml"/>
            %s
          </channel>
        </rss>
        """.formatted(articleHost, hub.url(), feeds.url(path), items).getBytes(StandardCharsets.UTF_8);
  }

  private String register() {
    return asOperator().contentType(ContentType.JSON)
        .body(Map.of("url", feeds.url(path), "title", "Municipal Surveillance Watch", "pollIntervalSeconds", 1))
        .when().post("/api/feeds")
        .then().statusCode(201)
        .extract().path("id");
  }

  private static List<String> titlesPublished(String feedId) {
    return TopicReader.events(Topics.ARTICLES,
            e -> e.data() instanceof ArticleDiscovered d && d.feedId().equals(feedId)).stream()
        .map(e -> ((ArticleDiscovered) e.data()).title())
        .toList();
  }


  private static Object websub(String feedId, String field) {
    return given().when().get("/api/feeds/" + feedId).then().statusCode(200).extract().path("state.websub." + field);
  }

  /** Serves the feed, registers it, and waits until the hub has verified the subscription. */
  private String subscribed(byte[] document) throws InterruptedException {
    feeds.conditional(path, document, "\"v1\"", RSS);
    String feedId = register();
    Await.until("the hub to verify the subscription", Duration.ofSeconds(30),
        () -> hub.subscription(feeds.url(path)));
    return feedId;
  }

  @Test
  void aFeedAdvertisingAHubIsSubscribedWithItsSelfUrlAndAnOwnCallbackAndSecret() throws Exception {
    String feedId = subscribed(feed("first-reading"));

    FakeHub.Subscribe subscription = hub.subscription(feeds.url(path)).orElseThrow();
    assertThat(subscription.callback()).endsWith("/websub/" + feedId);
    assertThat(subscription.secret()).hasSizeGreaterThanOrEqualTo(32);
    assertThat(subscription.leaseSeconds()).isEqualTo(600);
    assertThat(websub(feedId, "status")).isEqualTo("active");
    assertThat(websub(feedId, "hub")).isEqualTo(hub.url());
    assertThat(websub(feedId, "topic")).isEqualTo(feeds.url(path));
  }

  @Test
  void aSignedPushIsPublishedLikeAPolledDocument() throws Exception {
    String feedId = subscribed(feed("first-reading"));
    Await.until("the polled item", Duration.ofSeconds(30),
        () -> titlesPublished(feedId).isEmpty() ? Optional.empty() : Optional.of(true));

    // The feed server keeps answering 304 with the old document: only the push carries this item.
    int status = hub.pushSigned(feeds.url(path), feed("first-reading", "second-reading"));

    assertThat(status).isEqualTo(204);
    assertThat(titlesPublished(feedId)).containsExactlyInAnyOrder(
        "City council first-reading: facial recognition vote",
        "City council second-reading: facial recognition vote");
    assertThat(websub(feedId, "pushesAccepted")).isEqualTo(1);
  }

  @Test
  void unsignedAndBadlySignedPushesAreAcknowledgedButPublishNothing() throws Exception {
    String feedId = subscribed(feed("first-reading"));
    String topic = feeds.url(path);

    int unsigned = hub.push(topic, feed("first-reading", "forged-unsigned"), null, null);
    int wrongSecret = hub.push(topic, feed("first-reading", "forged-signed"), "sha1", "not-the-secret");
    // A valid push afterwards: pushes are handled synchronously, so had a forged one been
    // published, it would be on the topic before this one is acknowledged.
    int valid = hub.pushSigned(topic, feed("first-reading", "genuine"));

    assertThat(unsigned).isEqualTo(202);
    assertThat(wrongSecret).isEqualTo(202);
    assertThat(valid).isEqualTo(204);
    assertThat(titlesPublished(feedId))
        .contains("City council genuine: facial recognition vote")
        .noneMatch(title -> title.contains("forged"));
    assertThat(websub(feedId, "pushesRejected")).isEqualTo(2);
  }

  @Test
  void intentVerificationIsAnsweredOnlyForAPendingSubscriptionOfThatTopic() throws Exception {
    String feedId = subscribed(feed("first-reading"));
    String callback = hub.subscription(feeds.url(path)).orElseThrow().callback();

    assertThat(hub.verification(callback, "subscribe", "https://elsewhere.example/feed", "c1").statusCode())
        .as("another topic").isEqualTo(404);
    assertThat(hub.verification(callback, "subscribe", feeds.url(path), "c2").statusCode())
        .as("no subscription request pending any more").isEqualTo(404);
    assertThat(hub.verification(callback.replace(feedId, "feed-000000000000"), "subscribe", feeds.url(path), "c3")
        .statusCode()).as("another feed's callback").isEqualTo(404);
  }

  @Test
  void aPushToAFeedWithoutSubscriptionIsRefused() {
    given().contentType("application/rss+xml").body(feed("stray"))
        .when().post("/websub/feed-000000000000")
        .then().statusCode(404);
  }

  @Test
  void removingASubscribedFeedUnsubscribesAtTheHub_whichVerifiesThatIntent() throws Exception {
    String feedId = subscribed(feed("first-reading"));
    String topic = feeds.url(path);
    String callback = hub.subscription(topic).orElseThrow().callback();

    asOperator().when().delete("/api/feeds/" + feedId).then().statusCode(204);

    FakeHub.Subscribe unsubscribed = Await.until("a verified unsubscription", Duration.ofSeconds(20),
        () -> hub.unsubscribed(topic).stream().findFirst());
    assertThat(unsubscribed.callback()).isEqualTo(callback);
    assertThat(hub.subscription(topic)).as("the hub no longer pushes to us").isEmpty();
  }

  @Test
  void pausingASubscribedFeedUnsubscribes_andPushesAfterwardsAreRefused() throws Exception {
    String feedId = subscribed(feed("first-reading"));
    String topic = feeds.url(path);
    String callback = hub.subscription(topic).orElseThrow().callback();

    asOperator().when().post("/api/feeds/" + feedId + "/pause").then().statusCode(200);

    Await.until("a verified unsubscription", Duration.ofSeconds(20),
        () -> hub.unsubscribed(topic).stream().findFirst());
    given().contentType("application/rss+xml").body(feed("first-reading", "while-paused"))
        .when().post(callback.substring(callback.indexOf("/websub/")))
        .then().statusCode(404);
    assertThat(hub.verification(callback, "unsubscribe", topic, "again").statusCode())
        .as("a second unsubscribe verification: nothing pending any more").isEqualTo(404);
    FeedStateStore store = new FeedStateStore(new KafkaClients(TopicReader.bootstrap()));
    store.start();
    try {
      Await.until("the store to load", Duration.ofSeconds(20), () -> store.isLoaded() ? Optional.of(true) : Optional.empty());
      Await.until("the paused feed's state kept without its subscription (a resume subscribes anew)",
          Duration.ofSeconds(20), () -> store.find(feedId).filter(s -> s.websub() == null));
    } finally {
      store.stop();
    }
  }

  @Test
  void aVerifiedSubscriptionIsKeptInThePollerStateTopic_soAFreshInstanceAcceptsTheHubsPushes() throws Exception {
    String feedId = subscribed(feed("first-reading"));
    String secret = hub.subscription(feeds.url(path)).orElseThrow().secret();

    // What a restarted instance (same callback URL) reads: the poller-state topic alone.
    FeedStateStore store = new FeedStateStore(new KafkaClients(TopicReader.bootstrap()));
    store.start();
    try {
      StoredSubscription stored = Await.until("the verified subscription in the topic", Duration.ofSeconds(20),
          () -> store.find(feedId).map(StoredFeedState::websub).filter(s -> "ACTIVE".equals(s.status())));
      WebSubSubscriptions restarted = new WebSubSubscriptions(callbacks);
      restarted.restore(feedId, stored);

      assertThat(restarted.isActive(feedId)).isTrue();
      assertThat(restarted.find(feedId).orElseThrow().acceptedSecrets()).containsExactly(secret);
      assertThat(restarted.view(feedId).orElseThrow().topic()).isEqualTo(feeds.url(path));
    } finally {
      store.stop();
    }
  }

  @Test
  void aStoredSubscriptionWithAnotherInstancesCallbackIsNotTakenOver() {
    String feedId = "feed-0123456789ab";
    StoredSubscription elsewhere = new StoredSubscription(hub.url(), "https://news.example.org/feed",
        "http://poller-2.internal:8081/websub/" + feedId, "ACTIVE", "secret", Instant.now(),
        Instant.now().plusSeconds(600), 600, null, null, 0, 0, 0, null);
    WebSubSubscriptions restarted = new WebSubSubscriptions(callbacks);

    restarted.restore(feedId, elsewhere);

    assertThat(restarted.find(feedId)).as("the hub pushes to the other callback; we subscribe anew").isEmpty();
  }

  @Test
  void theLeaseIsRenewedBeforeItEnds() throws Exception {
    hub.grantLeaseSeconds(5); // renewed after 4 s (renew-at 0.8)
    String feedId = subscribed(feed("first-reading"));

    Await.until("a verified renewal", Duration.ofSeconds(20),
        () -> hub.verified(feeds.url(path)).size() >= 2 ? Optional.of(true) : Optional.empty());

    List<FakeHub.Subscribe> verified = hub.verified(feeds.url(path));
    assertThat(verified.get(1).secret()).as("a fresh secret per request").isNotEqualTo(verified.get(0).secret());
    assertThat(websub(feedId, "status")).isEqualTo("active");
    assertThat((Integer) websub(feedId, "renewals")).isGreaterThanOrEqualTo(1);
    // Pushes signed with the renewed secret are accepted.
    assertThat(hub.pushSigned(feeds.url(path), feed("first-reading", "after-renewal"))).isEqualTo(204);
  }

  @Test
  void whileSubscribedPollingSlowsDown_andWhenTheLeaseLapsesNormalPollingResumes() throws Exception {
    hub.grantLeaseSeconds(8);
    String feedId = subscribed(feed("first-reading"));
    hub.refuseWith(400); // renewals will fail: the lease must lapse
    Thread.sleep(1_500); // a poll scheduled before the verification may still run

    int before = feeds.requests(path).size();
    Thread.sleep(3_000);
    int during = feeds.requests(path).size() - before;
    assertThat(during).as("polls in 3 s with a 1 s interval while subscribed (x30 slower)").isZero();

    Await.until("the lease to lapse", Duration.ofSeconds(20),
        () -> "active".equals(websub(feedId, "status")) ? Optional.empty() : Optional.of(true));
    int atLapse = feeds.requests(path).size();
    Thread.sleep(3_500);
    assertThat(feeds.requests(path).size() - atLapse)
        .as("polls in 3.5 s at the normal 1 s interval after the lease lapsed").isGreaterThanOrEqualTo(2);
    assertThat(websub(feedId, "lastError")).isNotNull();
  }
}
