package org.regwatch.classifier.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Classifies the records of one poll, in parallel when configured, and returns the outcomes in
 * the records' order: order of publication, not of computation, is what keeps per-key order.
 * Shared by the live consumer and the re-tagging replay.
 */
@ApplicationScoped
public class BatchClassifier {

  /** Below this, handing work to other threads costs more than it saves. */
  private static final int PARALLEL_THRESHOLD = 8;

  private final ArticleEventClassifier classifier;
  private final PipelineConfig config;

  public BatchClassifier(ArticleEventClassifier classifier, PipelineConfig config) {
    this.classifier = classifier;
    this.config = config;
  }

  public List<OutcomePublisher.Item> classify(List<ConsumerRecord<String, byte[]>> records, String path) {
    Stream<ConsumerRecord<String, byte[]>> stream = records.stream();
    if (config.parallelClassification() && records.size() >= PARALLEL_THRESHOLD) {
      // An ordered parallel stream: toList() keeps encounter order whatever thread did the work.
      stream = stream.parallel();
    }
    return stream
        .map(r -> new OutcomePublisher.Item(RecordOrigin.of(r), classifier.process(r.value(), path)))
        .toList();
  }
}
