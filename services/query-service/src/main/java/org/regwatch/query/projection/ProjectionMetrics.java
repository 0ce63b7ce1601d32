package org.regwatch.query.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Counters of what the projection did, exported on /q/metrics. */
@ApplicationScoped
public class ProjectionMetrics {

  private static final Logger LOG = Logger.getLogger(ProjectionMetrics.class);

  private final MeterRegistry registry;

  public ProjectionMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public void skipped(String topic, String type, int version) {
    LOG.debugf("skipped %s v%d on %s: newer than this service", type, version, topic);
    Counter.builder("regwatch.projection.skipped")
        .description("events of an unknown type or newer schema version, skipped")
        .tag("topic", topic)
        .tag("type", type == null ? "unknown" : type)
        .register(registry)
        .increment();
  }

  public void deadLettered(String topic) {
    Counter.builder("regwatch.projection.dead.letters")
        .description("records sent to the dead-letter topic")
        .tag("topic", topic)
        .register(registry)
        .increment();
  }

  public void projected(String topic, int count) {
    Counter.builder("regwatch.projection.events")
        .description("events projected into the read models")
        .tag("topic", topic)
        .register(registry)
        .increment(count);
  }

  public void retried(String topic) {
    Counter.builder("regwatch.projection.retries")
        .description("batch transactions retried after a database failure")
        .tag("topic", topic)
        .register(registry)
        .increment();
  }
}
