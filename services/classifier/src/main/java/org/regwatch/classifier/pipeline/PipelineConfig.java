package org.regwatch.classifier.pipeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Settings of the Kafka pipeline. A sub-prefix of {@code regwatch.classifier} so that it never
 * collides with the rule engine's own keys ({@code rule-packs-dir}, {@code max-text-chars}).
 */
@ConfigMapping(prefix = "regwatch.classifier.pipeline")
public interface PipelineConfig {

  /** CloudEvents {@code source} of every event the classifier publishes. */
  @WithDefault("/regwatch/classifier")
  String source();

  /**
   * How long a batch waits for the broker to acknowledge all its sends. Longer than the
   * producer's {@code delivery.timeout.ms} (120 s by default) so that the producer's own error,
   * which says why, is the one that surfaces.
   */
  @WithDefault("PT150S")
  Duration sendTimeout();

  /**
   * Classify the records of a batch on several cores. Sends still leave in the batch's order, so
   * per-partition order holds either way.
   */
  @WithDefault("true")
  boolean parallelClassification();

  /**
   * How long the readiness check waits for the broker to describe its cluster. Short: a probe
   * must get an answer, and DOWN with a reason is an answer.
   */
  @WithDefault("PT3S")
  Duration brokerCheckTimeout();

  /** The re-tagging replay. */
  Retag retag();

  interface Retag {

    /** Records per poll of the replay consumer (one acknowledged batch of sends per poll). */
    @WithDefault("500")
    int maxPollRecords();

    /** How long one poll of the replay consumer waits for records. */
    @WithDefault("PT1S")
    Duration pollTimeout();
  }
}
