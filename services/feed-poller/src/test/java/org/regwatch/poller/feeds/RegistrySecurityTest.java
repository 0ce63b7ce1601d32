package org.regwatch.poller.feeds;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.regwatch.poller.testing.Operator.asOperator;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regwatch.poller.testing.Operator;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * The registry's writes need an operator key; its reads and the WebSub callback stay public; a key
 * that is not an operator key is refused everywhere, a subscriber's key included.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class RegistrySecurityTest {

  /** The shape of a query-service subscriber key: this service cannot tell if it is valid. */
  private static final String SUBSCRIBER_KEY = "rwk_Q2l2aWNUZWNoV2lyZVN1YnNjcmliZXJLZXlFeGFtcGxl";

  private static Map<String, Object> feed(String url) {
    return Map.of("url", url, "title", "County Gazette — Policy", "tags", List.of("policy"),
        "pollIntervalSeconds", 3600);
  }

  private static String uniqueUrl() {
    return "https://security-test.example.invalid/" + UUID.randomUUID() + "/rss.xml";
  }

  private static String registeredFeed() {
    return asOperator().contentType(ContentType.JSON).body(feed(uniqueUrl()))
        .post("/api/feeds").then().statusCode(201).extract().path("id");
  }

  @Test
  void withoutAKey_registeringAFeedIsA401Problem_andNothingIsRegistered() {
    String url = uniqueUrl();

    given().contentType(ContentType.JSON).body(feed(url)).post("/api/feeds")
        .then().statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer")
        .body("status", equalTo(401))
        .body("instance", equalTo("/api/feeds"));

    given().get("/api/feeds").then().statusCode(200).body("url", not(hasItem(url)));
  }

  @Test
  void withoutAKey_changingPausingResumingAndRemovingAreRefused() {
    String id = registeredFeed();

    given().contentType(ContentType.JSON).body(feed(uniqueUrl())).put("/api/feeds/" + id)
        .then().statusCode(401).contentType("application/problem+json");
    given().post("/api/feeds/" + id + "/pause").then().statusCode(401);
    given().post("/api/feeds/" + id + "/resume").then().statusCode(401);
    given().delete("/api/feeds/" + id).then().statusCode(401);

    given().get("/api/feeds/" + id).then().statusCode(200).body("paused", equalTo(false));
  }

  @Test
  void withoutAKey_anOpmlImportIsRefused() {
    String opml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0"><head><title>Newsroom feeds</title></head><body>
          <outline type="rss" text="Harbor City Ledger" xmlUrl="%s"/>
        </body></opml>""".formatted(uniqueUrl());

    given().contentType("text/x-opml").body(opml).post("/api/feeds/opml")
        .then().statusCode(401).contentType("application/problem+json");
  }

  @Test
  void aWrongKeyIsA401ProblemOnAWrite() {
    given().header("Authorization", "Bearer not-the-operator-key").contentType(ContentType.JSON)
        .body(feed(uniqueUrl())).post("/api/feeds")
        .then().statusCode(401)
        .contentType("application/problem+json")
        .body("detail", equalTo("unknown API key"));
  }

  @Test
  void aWrongKeyIsA401ProblemEvenOnAPublicRead() {
    given().header("X-Api-Key", "not-the-operator-key").get("/api/feeds")
        .then().statusCode(401)
        .contentType("application/problem+json")
        .body("status", equalTo(401));
  }

  @Test
  void aSubscriberKeyIsRefusedOnTheRegistry_withAHintThatOnlyTheQueryServiceKnowsIt() {
    given().header("X-Api-Key", SUBSCRIBER_KEY).contentType(ContentType.JSON)
        .body(feed(uniqueUrl())).post("/api/feeds")
        .then().statusCode(401)
        .contentType("application/problem+json")
        .body("detail", containsString("subscriber keys are only accepted by the query service"));
  }

  @Test
  void theOperatorKeyRegistersAFeed_asBearerOrAsXApiKey() {
    asOperator().contentType(ContentType.JSON).body(feed(uniqueUrl())).post("/api/feeds")
        .then().statusCode(201);
    given().header("X-Api-Key", Operator.KEY).contentType(ContentType.JSON)
        .body(feed(uniqueUrl())).post("/api/feeds")
        .then().statusCode(201);
  }

  @Test
  void theOperatorKeyPausesAndRemovesAFeed() {
    String id = registeredFeed();

    asOperator().post("/api/feeds/" + id + "/pause").then().statusCode(200).body("paused", equalTo(true));
    asOperator().delete("/api/feeds/" + id).then().statusCode(204);
  }

  @Test
  void readsArePublic() {
    String id = registeredFeed();

    given().get("/api/feeds").then().statusCode(200).body("id", hasItem(id));
    given().get("/api/feeds/" + id).then().statusCode(200).body("id", equalTo(id));
    given().get("/api/feeds/opml").then().statusCode(200);
  }

  @Test
  void theWebSubCallbackNeedsNoKey_itIsAuthenticatedByTheHubSignature() {
    // No key and no subscription: the callback's own answer (404), not an authentication refusal.
    given().contentType("application/rss+xml").body("<rss version=\"2.0\"><channel/></rss>")
        .post("/websub/feed-000000000000")
        .then().statusCode(404).body("title", equalTo("No such subscription"));
  }
}
