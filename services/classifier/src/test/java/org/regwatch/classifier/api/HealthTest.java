package org.regwatch.classifier.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.regwatch.testsupport.RegwatchInfraResource;

@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class HealthTest {

  @Test
  void readinessAsksTheKafkaBroker() {
    given()
        .when().get("/q/health/ready")
        .then().statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("kafka-broker"));
  }

  @Test
  void theMetricsIncludeTheClassifiersMeters() {
    given()
        .when().get("/q/metrics")
        .then().statusCode(200)
        .body(org.hamcrest.Matchers.containsString("regwatch_classifier_unknown_skipped_total"));
  }
}
