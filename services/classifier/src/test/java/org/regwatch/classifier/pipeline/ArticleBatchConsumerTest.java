package org.regwatch.classifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.regwatch.events.EventCodec;

/**
 * SmallRye acknowledges a batch (and so lets its offsets be committed) when the method returns,
 * and nacks it when the method throws: returning is the commit decision.
 */
class ArticleBatchConsumerTest {

  private final EventCodec codec = new EventCodec();
  private final PipelineConfig config = TestConfigs.pipeline(false);
  private final PipelineMetrics metrics = new PipelineMetrics(new SimpleMeterRegistry());
  private final BatchClassifier batchClassifier =
      new BatchClassifier(
          new ArticleEventClassifier(
              codec, FakeClassifiers.pauseSpotter(), new ClassifiedEventFactory(config, Clock.systemUTC()), metrics),
          config);

  private ConsumerRecords<String, byte[]> batch(int size) {
    TopicPartition partition = new TopicPartition("regwatch.articles", 0);
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      records.add(new ConsumerRecord<>("regwatch.articles", 0, i, "a" + i,
          codec.encode(Articles.discovered("e" + i, "a" + i, Articles.PAUSE_TITLE, Articles.PAUSE_TEXT))));
    }
    return new ConsumerRecords<>(Map.of(partition, records), Map.of());
  }

  @Test
  void theBatchIsAcknowledgedOnlyAfterTheBrokerAcknowledgedEverySend() {
    RecordingEmitter slowBroker = RecordingEmitter.acknowledgingAfter(Duration.ofMillis(300));
    ArticleBatchConsumer consumer =
        new ArticleBatchConsumer(
            batchClassifier, new OutcomePublisher(slowBroker, RecordingEmitter.acknowledging(), codec, metrics), config);

    consumer.consume(batch(20));
    long returnedAt = System.nanoTime();

    assertThat(slowBroker.acknowledgedAt).hasSize(20).allSatisfy(at -> assertThat(at).isLessThanOrEqualTo(returnedAt));
  }

  @Test
  void aBatchWhoseSendsFailIsNotAcknowledged() {
    RecordingEmitter brokerDown = new RecordingEmitter(m -> new TimeoutException("Expiring 20 record(s)"));
    ArticleBatchConsumer consumer =
        new ArticleBatchConsumer(
            batchClassifier, new OutcomePublisher(brokerDown, RecordingEmitter.acknowledging(), codec, metrics), config);

    assertThatThrownBy(() -> consumer.consume(batch(20))).isInstanceOf(TimeoutException.class);
  }
}
