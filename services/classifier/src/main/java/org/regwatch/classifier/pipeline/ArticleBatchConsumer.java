package org.regwatch.classifier.pipeline;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The live hop articles → classifications, in batch shape (the per-message shape caps the stage
 * at a third of the rate, see docs/classifier.md).
 *
 * <p>Acknowledgement: the method returns only after the broker acknowledged every send of the
 * batch; SmallRye then acknowledges the whole batch (post-processing acknowledgement) and the
 * {@code throttled} commit strategy commits those offsets. A crash before that redelivers the
 * batch, whose events keep their deterministic ids, so consumers drop the duplicates.
 *
 * <p>Failures: a bad record becomes a dead letter inside the batch and never fails it. Only a
 * failure to reach the broker within the send timeout throws; the channel's {@code fail}
 * strategy then stops consuming with nothing committed past the last good batch, and the
 * liveness check reports it so the process is restarted.
 *
 * <p>{@link Blocking} (ordered, the default) runs one batch at a time on a worker thread: the
 * wait for acknowledgements never blocks the event loop, and batches never overtake each other.
 */
@ApplicationScoped
public class ArticleBatchConsumer {

  private static final Logger LOG = Logger.getLogger(ArticleBatchConsumer.class);

  private final BatchClassifier classifier;
  private final OutcomePublisher publisher;
  private final PipelineConfig config;

  public ArticleBatchConsumer(
      BatchClassifier classifier, OutcomePublisher publisher, PipelineConfig config) {
    this.classifier = classifier;
    this.publisher = publisher;
    this.config = config;
  }

  @Incoming(Channels.ARTICLES_IN)
  @Blocking
  public void consume(ConsumerRecords<String, byte[]> records) {
    if (records.isEmpty()) {
      return;
    }
    List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
    records.forEach(batch::add);
    List<OutcomePublisher.Item> items = classifier.classify(batch, PipelineMetrics.LIVE);
    try {
      publisher.publishAll(items, PipelineMetrics.LIVE).await().atMost(config.sendTimeout());
    } catch (RuntimeException e) {
      LOG.errorf(
          e,
          "Could not publish a batch of %d classifications within %s; its offsets stay uncommitted"
              + " and the batch will be read again after a restart",
          batch.size(),
          config.sendTimeout());
      throw e;
    }
  }
}
