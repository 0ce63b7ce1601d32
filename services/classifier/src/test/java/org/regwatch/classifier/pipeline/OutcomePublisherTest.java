package org.regwatch.classifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;
import org.regwatch.events.EventCodec;

class OutcomePublisherTest {

  private final EventCodec codec = new EventCodec();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final ArticleEventClassifier classifier =
      new ArticleEventClassifier(
          codec, FakeClassifiers.pauseSpotter(),
          new ClassifiedEventFactory(TestConfigs.pipeline(false), Clock.systemUTC()),
          new PipelineMetrics(registry));

  private OutcomePublisher.Item item(long offset, byte[] value) {
    return new OutcomePublisher.Item(
        new RecordOrigin("regwatch.articles", 2, offset, "a" + offset, value), classifier.process(value, "live"));
  }

  private byte[] article(int i) {
    return codec.encode(Articles.discovered("e" + i, "a" + i, Articles.PAUSE_TITLE, Articles.PAUSE_TEXT));
  }

  private static Map<String, String> headers(Message<? extends byte[]> message) {
    Map<String, String> headers = new HashMap<>();
    message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getHeaders()
        .forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
    return headers;
  }

  @SuppressWarnings("unchecked")
  private static Object key(Message<? extends byte[]> message) {
    return message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey();
  }

  @Test
  void sendsLeaveInTheBatchOrderEachToItsTopic() {
    RecordingEmitter classifications = RecordingEmitter.acknowledging();
    RecordingEmitter deadLetters = RecordingEmitter.acknowledging();
    OutcomePublisher publisher = new OutcomePublisher(classifications, deadLetters, codec, new PipelineMetrics(registry));

    publisher.publishAll(
        List.of(item(1, article(1)), item(2, "junk".getBytes(StandardCharsets.UTF_8)), item(3, article(3))), "live")
        .await().indefinitely();

    assertThat(classifications.sent).extracting(OutcomePublisherTest::key).containsExactly("a1", "a3");
    assertThat(deadLetters.sent).extracting(OutcomePublisherTest::key).containsExactly("a2");
    assertThat(registry.get(PipelineMetrics.CLASSIFIED).tag("path", "live").counter().count()).isEqualTo(2.0);
    assertThat(registry.get(PipelineMetrics.DEAD_LETTERED).tag("cause", "undecodable").counter().count()).isEqualTo(1.0);
  }

  @Test
  void aBatchFailsWhenTheBrokerDoesNotAcknowledgeASendSoItsOffsetsAreNotCommitted() {
    RecordingEmitter classifications = new RecordingEmitter(m -> new TimeoutException("Expiring 1 record(s)"));
    OutcomePublisher publisher =
        new OutcomePublisher(classifications, RecordingEmitter.acknowledging(), codec, new PipelineMetrics(registry));

    assertThatThrownBy(() -> publisher.publishAll(List.of(item(1, article(1))), "live").await().indefinitely())
        .isInstanceOf(TimeoutException.class);
    assertThat(registry.find(PipelineMetrics.CLASSIFIED).counter()).isNull();
  }

  @Test
  void aClassificationTheBrokerWillNeverTakeIsDeadLetteredInsteadOfFailingEveryRetry() {
    RecordingEmitter classifications = new RecordingEmitter(m -> new RecordTooLargeException("too large"));
    RecordingEmitter deadLetters = RecordingEmitter.acknowledging();
    OutcomePublisher publisher = new OutcomePublisher(classifications, deadLetters, codec, new PipelineMetrics(registry));

    publisher.publishAll(List.of(item(7, article(7))), "live").await().indefinitely();

    assertThat(deadLetters.sent).hasSize(1);
    assertThat(headers(deadLetters.sent.get(0)))
        .containsEntry("dead-letter-cause", "classification-failed")
        .containsEntry("dead-letter-offset", "7");
    assertThat(headers(deadLetters.sent.get(0)).get("dead-letter-reason")).contains("cannot be published");
  }

  @Test
  void aHugeUndecodableRecordIsDeadLetteredCutWithItsOriginalSize() {
    RecordingEmitter deadLetters = RecordingEmitter.acknowledging();
    OutcomePublisher publisher =
        new OutcomePublisher(RecordingEmitter.acknowledging(), deadLetters, codec, new PipelineMetrics(registry));
    byte[] huge = new byte[3 * 1024 * 1024];

    publisher.publishAll(List.of(item(9, huge)), "live").await().indefinitely();

    assertThat(deadLetters.sent.get(0).getPayload()).hasSize(OutcomePublisher.MAX_DEAD_LETTER_VALUE_BYTES);
    assertThat(headers(deadLetters.sent.get(0))).containsEntry("dead-letter-value-truncated-from", "3145728");
  }

  @Test
  void skippedRecordsSendNothing() {
    RecordingEmitter classifications = RecordingEmitter.acknowledging();
    RecordingEmitter deadLetters = RecordingEmitter.acknowledging();
    OutcomePublisher publisher = new OutcomePublisher(classifications, deadLetters, codec, new PipelineMetrics(registry));
    OutcomePublisher.Item skipped =
        new OutcomePublisher.Item(new RecordOrigin("regwatch.articles", 0, 1, "k", new byte[0]), new Outcome.Skipped("newer"));

    publisher.publishAll(List.of(skipped), "live").await().indefinitely();

    assertThat(classifications.sent).isEmpty();
    assertThat(deadLetters.sent).isEmpty();
  }
}
