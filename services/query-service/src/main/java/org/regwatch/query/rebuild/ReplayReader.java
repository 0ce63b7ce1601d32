package org.regwatch.query.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.regwatch.events.Event;
import org.regwatch.query.projection.BatchProjector;
import org.regwatch.query.projection.DecodedBatch;
import org.regwatch.query.projection.RecordDecoder;
import org.regwatch.query.projection.SourceRecord;

/**
 * Reads the assigned partitions up to given end offsets, one batch of at least {@code batchSize}
 * records at a time (fewer at the end), decoded and sorted per topic in the order the topics are
 * applied. Owns the consumer's use: one thread at a time calls it.
 */
final class ReplayReader {

  /**
   * The records of one topic in a batch, and the events among them that the projector takes, in
   * shares by partition (partition modulo the number of shares): a key lives in one partition, so
   * two shares never touch the same row of the projector's own table, and each keeps offset order.
   */
  record Part(BatchProjector projector, List<List<Event<?>>> shares, int records) {}

  private final KafkaConsumer<String, byte[]> consumer;
  private final RecordDecoder decoder;
  /** topic → its projector, in the order a batch's parts are applied */
  private final Map<String, BatchProjector> projectors;
  private final int batchSize;
  private final int shares;

  ReplayReader(KafkaConsumer<String, byte[]> consumer, RecordDecoder decoder,
      Map<String, BatchProjector> projectors, int batchSize, int shares) {
    this.consumer = consumer;
    this.decoder = decoder;
    this.projectors = projectors;
    this.batchSize = batchSize;
    this.shares = shares;
  }

  /** The next batch's parts (topics without records left out); null once {@code end} is reached. */
  List<Part> next(Map<TopicPartition, Long> end) {
    Map<String, List<SourceRecord>> byTopic = new HashMap<>();
    int count = 0;
    while (count < batchSize && !reached(end)) {
      for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
        Long limit = end.get(new TopicPartition(r.topic(), r.partition()));
        if (limit != null && r.offset() < limit) {
          byTopic.computeIfAbsent(r.topic(), t -> new ArrayList<>()).add(SourceRecord.of(r));
          count++;
        }
      }
      pauseFinished(end);
    }
    if (count == 0) {
      return null;
    }
    List<Part> parts = new ArrayList<>();
    for (Map.Entry<String, BatchProjector> topic : projectors.entrySet()) {
      List<SourceRecord> records = byTopic.get(topic.getKey());
      if (records != null) {
        BatchProjector projector = topic.getValue();
        DecodedBatch batch = decoder.decode(records, projector.accepts());
        List<List<Event<?>>> split = new ArrayList<>();
        for (int i = 0; i < shares; i++) {
          split.add(new ArrayList<>());
        }
        for (DecodedBatch.Decoded d : batch.events()) {
          split.get(d.source().partition() % shares).add(d.event());
        }
        split.removeIf(List::isEmpty);
        parts.add(new Part(projector, split, records.size()));
      }
    }
    return parts;
  }

  private boolean reached(Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  /** Stops fetching partitions that reached their end, so the replay never reads past it. */
  private void pauseFinished(Map<TopicPartition, Long> end) {
    List<TopicPartition> done = new ArrayList<>();
    List<TopicPartition> open = new ArrayList<>();
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      (consumer.position(e.getKey()) >= e.getValue() ? done : open).add(e.getKey());
    }
    consumer.pause(done);
    consumer.resume(open);
  }
}
