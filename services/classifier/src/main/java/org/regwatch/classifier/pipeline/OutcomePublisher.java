package org.regwatch.classifier.pipeline;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.regwatch.events.ArticleClassified;
import org.regwatch.events.EventCodec;

/**
 * Publishes the outcomes of one batch and completes only when the broker has acknowledged every
 * send ({@code acks=all}, idempotent producer, see application.properties). Sends are issued in
 * the batch's order on one producer, so per-partition (and so per-article) order is kept.
 */
@ApplicationScoped
public class OutcomePublisher {

  /**
   * Large enough for a whole batch of either kind: the sink normally drains the emitter at once
   * (its max-inflight-messages is 1024), the buffer only covers a burst.
   */
  static final int EMITTER_BUFFER = 4096;

  private final MutinyEmitter<byte[]> classifications;
  private final MutinyEmitter<byte[]> deadLetters;
  private final EventCodec codec;
  private final PipelineMetrics metrics;

  public OutcomePublisher(
      @Channel(Channels.CLASSIFICATIONS_OUT)
          @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = EMITTER_BUFFER)
          MutinyEmitter<byte[]> classifications,
      @Channel(Channels.DEAD_LETTERS_OUT)
          @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = EMITTER_BUFFER)
          MutinyEmitter<byte[]> deadLetters,
      EventCodec codec,
      PipelineMetrics metrics) {
    this.classifications = classifications;
    this.deadLetters = deadLetters;
    this.codec = codec;
    this.metrics = metrics;
  }

  /** One record's outcome, with where the record came from. */
  public record Item(RecordOrigin origin, Outcome outcome) {}

  /**
   * @param consumer who publishes: {@link PipelineMetrics#LIVE} or {@link PipelineMetrics#RETAG}
   *     (metric tag and dead-letter header)
   * @return a Uni that completes when every send is acknowledged, or fails with the first send
   *     that failed; the sends are issued when it is subscribed
   */
  public Uni<Void> publishAll(List<Item> items, String consumer) {
    List<Uni<Void>> sends = new ArrayList<>(items.size());
    for (Item item : items) {
      Uni<Void> send = publish(item, consumer);
      if (send != null) {
        sends.add(send);
      }
    }
    if (sends.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    // join().all() subscribes in list order, which is the order the sends reach the producer.
    return Uni.join().all(sends).andFailFast().replaceWithVoid();
  }

  private Uni<Void> publish(Item item, String consumer) {
    Outcome outcome = item.outcome();
    if (outcome instanceof Outcome.Classified classified) {
      ArticleClassified data = classified.event().data();
      Message<byte[]> message =
          Message.of(codec.encode(classified.event()))
              .addMetadata(
                  OutgoingKafkaRecordMetadata.<String>builder()
                      .withKey(classified.event().subject())
                      .build());
      return classifications
          .sendMessage(message)
          .invoke(() -> metrics.classified(data, consumer));
    }
    if (outcome instanceof Outcome.DeadLetter dead) {
      RecordOrigin origin = item.origin();
      byte[] value = origin.value() == null ? new byte[0] : origin.value();
      Message<byte[]> message =
          Message.of(value)
              .addMetadata(
                  OutgoingKafkaRecordMetadata.<String>builder()
                      .withKey(origin.key())
                      .withHeaders(DeadLetterHeaders.of(origin, dead, consumer))
                      .build());
      return deadLetters
          .sendMessage(message)
          .invoke(() -> metrics.deadLettered(dead.cause(), consumer));
    }
    return null; // Skipped: already counted, nothing to send.
  }
}
