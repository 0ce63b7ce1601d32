package org.regwatch.classifier.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.regwatch.events.ArticleClassified;
import org.regwatch.events.Development;

/**
 * The classifier's meters. Tags are kept to small fixed sets (kind, status, cause, path): never
 * a value read from a record, which would let a bad producer explode the number of series.
 */
@ApplicationScoped
@Startup // so that the counters exist (at zero) from the start: dashboards and alerts see them
public class PipelineMetrics {

  public static final String CLASSIFIED = "regwatch.classifier.articles.classified";
  public static final String DEVELOPMENTS = "regwatch.classifier.developments";
  public static final String DEAD_LETTERED = "regwatch.classifier.dead.lettered";
  public static final String UNKNOWN_SKIPPED = "regwatch.classifier.unknown.skipped";
  public static final String LATENCY = "regwatch.classifier.classification.latency";

  /** The {@code path} tag: the live consumer, the re-tagging replay, or {@code POST /api/classify}. */
  public static final String LIVE = "live";
  public static final String RETAG = "retag";
  public static final String API = "api";

  private final MeterRegistry registry;
  private final Counter unknownSkipped;

  public PipelineMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.unknownSkipped =
        Counter.builder(UNKNOWN_SKIPPED)
            .description("Well-formed events of an unknown type or newer schema version, skipped")
            .register(registry);
  }

  /** Counted once the broker has acknowledged the classification, not when it was computed. */
  public void classified(ArticleClassified data, String path) {
    Counter.builder(CLASSIFIED)
        .description("Articles classified and published")
        .tag("path", path)
        .tag("relevant", Boolean.toString(data.labels().relevant()))
        .register(registry)
        .increment();
    for (Development development : data.developments()) {
      Counter.builder(DEVELOPMENTS)
          .description("Developments found in published classifications")
          .tag("kind", development.kind().json())
          .tag("status", development.status().json())
          .register(registry)
          .increment();
    }
  }

  public void deadLettered(Outcome.Cause cause, String path) {
    Counter.builder(DEAD_LETTERED)
        .description("Records sent to the dead-letter topic")
        .tag("cause", cause.label())
        .tag("path", path)
        .register(registry)
        .increment();
  }

  public void unknownSkipped() {
    unknownSkipped.increment();
  }

  public void classificationTook(Duration duration, String path) {
    Timer.builder(LATENCY)
        .description("Time the rule engine took for one article")
        .tag("path", path)
        .publishPercentileHistogram()
        .register(registry)
        .record(duration);
  }
}
