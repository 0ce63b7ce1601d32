package org.regwatch.classifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.regwatch.events.EventCodec;

class BatchClassifierTest {

  private final EventCodec codec = new EventCodec();

  private BatchClassifier batchClassifier(boolean parallel) {
    PipelineConfig config = TestConfigs.pipeline(parallel);
    ArticleEventClassifier single =
        new ArticleEventClassifier(
            codec, FakeClassifiers.pauseSpotter(), new ClassifiedEventFactory(config, Clock.systemUTC()),
            new PipelineMetrics(new SimpleMeterRegistry()));
    return new BatchClassifier(single, config);
  }

  private List<ConsumerRecord<String, byte[]>> records(int count) {
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] value =
          i % 7 == 3
              ? "garbage".getBytes(StandardCharsets.UTF_8)
              : codec.encode(Articles.discovered("e" + i, "a" + (i % 5), Articles.PAUSE_TITLE, Articles.PAUSE_TEXT));
      records.add(new ConsumerRecord<>("regwatch.articles", i % 3, i, "a" + (i % 5), value));
    }
    return records;
  }

  @Test
  void outcomesComeBackInTheRecordsOrderEvenWhenClassifiedInParallel() {
    List<ConsumerRecord<String, byte[]>> records = records(200);

    List<OutcomePublisher.Item> items = batchClassifier(true).classify(records, "live");

    assertThat(items).hasSize(200);
    for (int i = 0; i < 200; i++) {
      assertThat(items.get(i).origin().offset()).isEqualTo(i);
      if (items.get(i).outcome() instanceof Outcome.Classified classified) {
        assertThat(classified.event().data().articleEventId()).isEqualTo("e" + i);
      } else {
        assertThat(i % 7).isEqualTo(3);
      }
    }
  }

  @Test
  void aBadRecordInTheMiddleOfABatchDoesNotStopTheRecordsAfterIt() {
    List<OutcomePublisher.Item> items = batchClassifier(false).classify(records(5), "live");

    assertThat(items.get(3).outcome()).isInstanceOf(Outcome.DeadLetter.class);
    assertThat(items.get(4).outcome()).isInstanceOf(Outcome.Classified.class);
    assertThat(items.get(3).origin().partition()).isEqualTo(0);
  }
}
