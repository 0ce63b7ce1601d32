package org.regwatch.query.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Which topics' projection is currently waiting out a failure, since when and why. */
@ApplicationScoped
public class ProjectionStalls {

  public record Stall(Instant since, String reason) {}

  private final Map<String, Stall> stalls = new ConcurrentHashMap<>();

  void failing(String topic, String reason) {
    stalls.compute(topic, (t, old) -> new Stall(old == null ? Instant.now() : old.since(), reason));
  }

  void recovered(String topic) {
    stalls.remove(topic);
  }

  public Map<String, Stall> current() {
    return Map.copyOf(stalls);
  }
}
