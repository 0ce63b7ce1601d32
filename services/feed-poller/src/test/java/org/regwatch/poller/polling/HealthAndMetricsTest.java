package org.regwatch.poller.polling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.regwatch.testsupport.RegwatchInfraResource;

@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class HealthAndMetricsTest {

  @Test
  void withTheBrokerUp_readinessIsUpWithTheKafkaCheck() {
    given().when().get("/q/health/ready").then().statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("kafka"));
  }

  @Test
  void livenessIsUp() {
    given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void thePollerMetricsAreExposedForPrometheus() {
    given().when().get("/q/metrics").then().statusCode(200)
        .body(containsString("regwatch_poller_fetch_latency_seconds_bucket"))
        .body(containsString("regwatch_poller_feeds_unhealthy"))
        .body(containsString("regwatch_poller_bytes_fetched"));
  }
}
