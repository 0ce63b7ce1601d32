package org.regwatch.query.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regwatch.testsupport.RegwatchInfraResource;

/** Who may do what: operators manage subscribers; subscribers see only their own. */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class SecurityTest {

  private static final String OPERATOR = "Bearer test-operator-key";
  private static final String URL = "http://localhost:9/hooks/regwatch";

  private JsonPath alice;
  private JsonPath bob;

  @BeforeEach
  void subscribers() {
    alice = newSubscriber("Northfield Courier");
    bob = newSubscriber("Valley Observer");
  }

  private static JsonPath newSubscriber(String name) {
    return given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
        .body(Map.of("name", name)).post("/api/subscribers")
        .then().statusCode(201).extract().jsonPath();
  }

  private static String subscribe(JsonPath who) {
    return given().header("X-Api-Key", who.getString("key")).contentType(ContentType.JSON)
        .body(Map.of("url", URL)).post("/api/subscriptions")
        .then().statusCode(201).extract().path("id");
  }

  @Test
  void aSubscriberKeyIsRefusedOnOperatorEndpoints() {
    given().header("X-Api-Key", alice.getString("key")).contentType(ContentType.JSON)
        .body(Map.of("name", "Mallory")).post("/api/subscribers").then().statusCode(403);
    given().header("X-Api-Key", alice.getString("key"))
        .delete("/api/subscribers/" + bob.getString("subscriberId") + "/keys/"
            + bob.getString("keyId"))
        .then().statusCode(403);
  }

  @Test
  void aSubscriberCannotReadAnotherSubscribersSubscriptionOrDeliveries() {
    String bobs = subscribe(bob);

    given().header("X-Api-Key", alice.getString("key")).get("/api/subscriptions/" + bobs)
        .then().statusCode(404).contentType("application/problem+json");
    given().header("X-Api-Key", alice.getString("key"))
        .get("/api/subscriptions/" + bobs + "/deliveries").then().statusCode(404);
    given().header("X-Api-Key", alice.getString("key")).delete("/api/subscriptions/" + bobs)
        .then().statusCode(404);
    given().header("X-Api-Key", alice.getString("key")).get("/api/subscriptions")
        .then().statusCode(200).body("id", not(hasItem(bobs)));
  }

  @Test
  void anOperatorSeesEverySubscription() {
    String bobs = subscribe(bob);

    given().header("Authorization", OPERATOR).get("/api/subscriptions/" + bobs)
        .then().statusCode(200).body("subscriberId", equalTo(bob.getString("subscriberId")));
    given().header("Authorization", OPERATOR).get("/api/subscriptions")
        .then().statusCode(200).body("id", hasItem(bobs));
  }

  @Test
  void noKeyIsA401OnSubscriptionsAndAnUnknownKeyIsA401Everywhere() {
    given().get("/api/subscriptions").then().statusCode(401);
    given().header("X-Api-Key", "rwk_not-a-key").get("/api/subscriptions").then().statusCode(401);
    given().header("Authorization", "Bearer rwk_not-a-key").get("/api/developments")
        .then().statusCode(401);
  }

  @Test
  void anUnknownKeyOnAPublicReadIsA401ProblemWithABearerChallenge() {
    given().header("X-Api-Key", "rwk_made-up-by-a-guesser").get("/api/developments")
        .then().statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer")
        .body("status", equalTo(401))
        .body("detail", equalTo("unknown or revoked API key"))
        .body("instance", equalTo("/api/developments"));
  }

  @Test
  void noKeyOnSubscriptionsIsA401ProblemThatAsksForAKey() {
    given().get("/api/subscriptions")
        .then().statusCode(401)
        .contentType("application/problem+json")
        .body("detail", containsString("an API key is required"));
  }

  @Test
  void aSubscriberKeyOnAnOperatorEndpointIsA403Problem() {
    given().header("X-Api-Key", alice.getString("key")).contentType(ContentType.JSON)
        .body(Map.of("name", "Mallory")).post("/api/subscribers")
        .then().statusCode(403)
        .contentType("application/problem+json")
        .body("title", equalTo("Forbidden"))
        .body("detail", equalTo("this endpoint needs the operator role"));
  }

  @Test
  void theReadModelsStayPublic() {
    given().get("/api/developments").then().statusCode(200);
  }

  @Test
  void aRevokedKeyNoLongerWorks() {
    given().header("X-Api-Key", alice.getString("key")).get("/api/subscriptions")
        .then().statusCode(200);

    given().header("Authorization", OPERATOR)
        .delete("/api/subscribers/" + alice.getString("subscriberId") + "/keys/"
            + alice.getString("keyId"))
        .then().statusCode(204);

    given().header("X-Api-Key", alice.getString("key")).get("/api/subscriptions")
        .then().statusCode(401);
  }

  @Test
  void anInvalidFullTextQueryIsA400WithTheParsersMessage() {
    given().header("X-Api-Key", alice.getString("key")).contentType(ContentType.JSON)
        .body(Map.of("url", URL, "query", "moratorium AND (police"))
        .post("/api/subscriptions")
        .then().statusCode(400).contentType("application/problem+json")
        .body("detail", containsString("query is not valid Lucene syntax"));
  }

  @Test
  void anUnknownTransitionOrModeIsA400() {
    given().header("X-Api-Key", alice.getString("key")).contentType(ContentType.JSON)
        .body(Map.of("url", URL, "filters",
            Map.of("transitions", java.util.List.of("moratorium:announced->forgotten"))))
        .post("/api/subscriptions")
        .then().statusCode(400).body("detail", containsString("filters.transitions"));
    given().header("X-Api-Key", alice.getString("key")).contentType(ContentType.JSON)
        .body(Map.of("url", URL, "mode", "hourly"))
        .post("/api/subscriptions")
        .then().statusCode(400).body("detail", containsString("mode"));
  }

  @Test
  void aPrivateAddressIsRefusedAtSubscriptionTime() {
    given().header("X-Api-Key", alice.getString("key")).contentType(ContentType.JSON)
        .body(Map.of("url", "http://169.254.169.254/latest/meta-data/"))
        .post("/api/subscriptions")
        .then().statusCode(400).body("detail", containsString("link-local"));
  }
}
