package org.regwatch.query.webhooks;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;

/** Subscriber accounts and subscriptions made through the API, as a real client would. */
final class Accounts {

  static final String OPERATOR_KEY = "test-operator-key";

  /** A subscriber's id and its API key. */
  record Subscriber(String id, String key) {}

  /** A subscription's id and its secret. */
  record Hook(String id, String secret) {}

  private Accounts() {}

  static Subscriber subscriber(String name) {
    JsonPath created = given().header("Authorization", "Bearer " + OPERATOR_KEY)
        .contentType(ContentType.JSON).body(Map.of("name", name))
        .post("/api/subscribers").then().statusCode(201).extract().jsonPath();
    return new Subscriber(created.getString("subscriberId"), created.getString("key"));
  }

  static Hook subscribe(Subscriber s, Map<String, Object> body) {
    JsonPath created = given().header("X-Api-Key", s.key())
        .contentType(ContentType.JSON).body(body)
        .post("/api/subscriptions").then().statusCode(201).extract().jsonPath();
    return new Hook(created.getString("id"), created.getString("secret"));
  }

  static Hook subscribe(Subscriber s, String url) {
    return subscribe(s, Map.of("url", url));
  }
}
