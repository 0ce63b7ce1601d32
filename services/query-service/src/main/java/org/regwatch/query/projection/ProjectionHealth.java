package org.regwatch.query.projection;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the projection: DOWN while a topic's batch keeps failing (database down), so that
 * a stalled projection is visible rather than silently waiting.
 */
@Readiness
@ApplicationScoped
public class ProjectionHealth implements HealthCheck {

  private final ProjectionStalls stalls;

  public ProjectionHealth(ProjectionStalls stalls) {
    this.stalls = stalls;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder builder = HealthCheckResponse.named("projection").up();
    stalls.current().forEach((topic, stall) -> {
      builder.down();
      builder.withData(topic, "retrying since " + stall.since() + ": " + stall.reason());
    });
    return builder.build();
  }
}
