package org.regwatch.poller.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests as the operator: the key that %test.regwatch.security.operator-keys configures. */
public final class Operator {

  public static final String KEY = "test-operator-key";

  private Operator() {}

  public static RequestSpecification asOperator() {
    return given().header("Authorization", "Bearer " + KEY);
  }
}
