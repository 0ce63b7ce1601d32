package org.regwatch.classifier.pipeline;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeader;
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

  /** Below the broker's default 1 MB record limit, with room for the headers. */
  static final int MAX_DEAD_LETTER_VALUE_BYTES = 512 * 1024;

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
          .invoke(() -> metrics.classified(data, consumer))
          // Retrying a record the broker will never take would fail the batch on every restart:
          // a poison pill. Such a classification becomes a dead letter instead.
          .onFailure(OutcomePublisher::neverAccepted)
          .recoverWithUni(
              e ->
                  deadLetter(
                      item.origin(),
                      new Outcome.DeadLetter(
                          Outcome.Cause.CLASSIFICATION_FAILED,
                          "classification of " + data.articleId() + " cannot be published: " + e,
                          e),
                      consumer));
    }
    if (outcome instanceof Outcome.DeadLetter dead) {
      return deadLetter(item.origin(), dead, consumer);
    }
    return null; // Skipped: already counted, nothing to send.
  }

  private Uni<Void> deadLetter(RecordOrigin origin, Outcome.DeadLetter dead, String consumer) {
    byte[] value = origin.value() == null ? new byte[0] : origin.value();
    List<RecordHeader> headers = new ArrayList<>(DeadLetterHeaders.of(origin, dead, consumer));
    if (value.length > MAX_DEAD_LETTER_VALUE_BYTES) {
      // The original stays in its topic forever at the offset the headers give; a copy that the
      // broker would refuse (the headers make it larger than the original) would block the batch.
      headers.add(new RecordHeader(DeadLetterHeaders.VALUE_TRUNCATED_FROM,
          Integer.toString(value.length).getBytes(StandardCharsets.UTF_8)));
      value = Arrays.copyOf(value, MAX_DEAD_LETTER_VALUE_BYTES);
    }
    Message<byte[]> message =
        Message.of(value)
            .addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder()
                    .withKey(origin.key())
                    .withHeaders(headers)
                    .build());
    return deadLetters
        .sendMessage(message)
        .invoke(() -> metrics.deadLettered(dead.cause(), consumer));
  }

  /** Errors a retry cannot fix: the broker or the serializer refuses this very record. */
  private static boolean neverAccepted(Throwable e) {
    return e instanceof RecordTooLargeException
        || e instanceof InvalidRecordException
        || e instanceof SerializationException;
  }
}
