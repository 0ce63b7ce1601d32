package org.regwatch.classifier.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.regwatch.classifier.api.Operator.asOperator;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * Re-tagging and trying texts need an operator key; re-tagging progress and health stay public; a
 * key that is not an operator key is refused everywhere, a subscriber's key included. (Starting a
 * replay as the operator is {@code RetagTest}; classifying as the operator, {@code ClassifyResourceTest}.)
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class OperatorSecurityTest {

  /** The shape of a query-service subscriber key: this service cannot tell if it is valid. */
  private static final String SUBSCRIBER_KEY = "rwk_VmFsbGV5T2JzZXJ2ZXJTdWJzY3JpYmVyS2V5RXhhbXBsZQ";

  private static final Map<String, String> ARTICLE = Map.of(
      "title", "City council votes to pause police face recognition",
      "text", "The Harbor City council voted 7-2 on Tuesday to pause police use of facial"
          + " recognition for two years while a task force studies its accuracy.",
      "published", "2021-03-02");

  @Test
  void withoutAKey_startingARetagIsA401Problem() {
    given().post("/api/retag")
        .then().statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer")
        .body("status", equalTo(401))
        .body("instance", equalTo("/api/retag"));
  }

  @Test
  void withoutAKey_classifyingATextIsA401Problem() {
    given().contentType(ContentType.JSON).body(ARTICLE).post("/api/classify")
        .then().statusCode(401).contentType("application/problem+json");
  }

  @Test
  void aWrongKeyIsA401ProblemOnRetag() {
    given().header("Authorization", "Bearer not-the-operator-key").post("/api/retag")
        .then().statusCode(401)
        .contentType("application/problem+json")
        .body("detail", equalTo("unknown API key"));
  }

  @Test
  void aWrongKeyIsA401ProblemEvenOnThePublicRetagStatus() {
    given().header("X-Api-Key", "not-the-operator-key").get("/api/retag")
        .then().statusCode(401).contentType("application/problem+json");
  }

  @Test
  void aSubscriberKeyIsRefused_withAHintThatOnlyTheQueryServiceKnowsIt() {
    given().header("X-Api-Key", SUBSCRIBER_KEY).contentType(ContentType.JSON).body(ARTICLE)
        .post("/api/classify")
        .then().statusCode(401)
        .contentType("application/problem+json")
        .body("detail", containsString("subscriber keys are only accepted by the query service"));
  }

  @Test
  void theOperatorKeyClassifies_asBearerOrAsXApiKey() {
    asOperator().contentType(ContentType.JSON).body(ARTICLE).post("/api/classify")
        .then().statusCode(200).body("labels.relevant", equalTo(true));
    given().header("X-Api-Key", Operator.KEY).contentType(ContentType.JSON).body(ARTICLE)
        .post("/api/classify")
        .then().statusCode(200).body("labels.relevant", equalTo(true));
  }

  @Test
  void retagProgressAndHealthArePublic() {
    given().get("/api/retag").then().statusCode(200).body("state", notNullValue());
    given().get("/q/health/live").then().statusCode(200);
  }
}
