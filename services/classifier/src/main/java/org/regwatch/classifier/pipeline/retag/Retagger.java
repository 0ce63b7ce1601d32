package org.regwatch.classifier.pipeline.retag;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.regwatch.classifier.pipeline.BatchClassifier;
import org.regwatch.classifier.pipeline.Outcome;
import org.regwatch.classifier.pipeline.OutcomePublisher;
import org.regwatch.classifier.pipeline.PipelineConfig;
import org.regwatch.classifier.pipeline.PipelineMetrics;
import org.regwatch.events.Topics;

/**
 * Re-tags history: reads {@code regwatch.articles} from its first offset to its end (catching up
 * with records that arrive meanwhile), through the current rule packs, and publishes the new
 * classifications the same acknowledged way as the live consumer. Newer pack versions give new
 * event ids, which downstream consumers treat as superseding; unchanged packs give the same ids,
 * which they drop as duplicates.
 *
 * <p>It uses its own plain consumer with {@code assign} and no group: it must not take partitions
 * from the live consumer group, and it commits nothing, since a replay that dies is simply run
 * again. One replay at a time, on its own thread.
 */
@ApplicationScoped
public class Retagger {

  private static final Logger LOG = Logger.getLogger(Retagger.class);

  private final BatchClassifier classifier;
  private final OutcomePublisher publisher;
  private final PipelineConfig config;
  private final Map<String, Object> kafkaConfig;
  private final Clock clock;
  private final AtomicReference<RetagStatus> status = new AtomicReference<>(RetagStatus.IDLE);
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "regwatch-retag");
            thread.setDaemon(true);
            return thread;
          });

  public Retagger(
      BatchClassifier classifier,
      OutcomePublisher publisher,
      PipelineConfig config,
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
      Clock clock) {
    this.classifier = classifier;
    this.publisher = publisher;
    this.config = config;
    this.kafkaConfig = kafkaConfig;
    this.clock = clock;
  }

  /** Starts a replay in the background; empty when one is already running. */
  public Optional<RetagStatus> start() {
    RetagStatus current = status.get();
    if (current.running()) {
      return Optional.empty();
    }
    RetagStatus started = RetagStatus.started(clock.instant());
    if (!status.compareAndSet(current, started)) {
      return Optional.empty();
    }
    executor.execute(this::run);
    return Optional.of(started);
  }

  public RetagStatus status() {
    return status.get();
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  private void run() {
    LOG.info("Re-tagging: replaying " + Topics.ARTICLES + " from the beginning");
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig())) {
      replay(consumer);
      RetagStatus done = update(s -> s.succeeded(clock.instant()));
      LOG.infof(
          "Re-tagging done: %d records, %d classifications published, %d skipped, %d dead-lettered",
          done.done(), done.classified(), done.skipped(), done.deadLettered());
    } catch (RuntimeException e) {
      LOG.error("Re-tagging failed; run it again once the cause is fixed", e);
      update(s -> s.failed(clock.instant(), String.valueOf(e.getMessage())));
    }
  }

  private void replay(KafkaConsumer<String, byte[]> consumer) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (PartitionInfo info : consumer.partitionsFor(Topics.ARTICLES)) {
      partitions.add(new TopicPartition(info.topic(), info.partition()));
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
    Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
    Set<TopicPartition> remaining = unfinished(consumer, partitions, end);
    update(s -> s.withTotal(total(begin, end)));

    while (!remaining.isEmpty()) {
      replayUpTo(consumer, partitions, begin, end, remaining);
      // Catch up with what arrived meanwhile before declaring victory. Otherwise a revision the
      // live consumer classified during the replay would be followed by the replay's (later)
      // classification of the older version, and the read models would keep the older one.
      end.putAll(consumer.endOffsets(partitions));
      remaining = unfinished(consumer, partitions, end);
      update(s -> s.withTotal(total(begin, end)));
    }
  }

  private void replayUpTo(
      KafkaConsumer<String, byte[]> consumer,
      List<TopicPartition> partitions,
      Map<TopicPartition, Long> begin,
      Map<TopicPartition, Long> end,
      Set<TopicPartition> remaining) {
    consumer.pause(difference(partitions, remaining));
    consumer.resume(new ArrayList<>(remaining));
    while (!remaining.isEmpty()) {
      if (Thread.currentThread().isInterrupted()) {
        throw new IllegalStateException("interrupted (service stopping)");
      }
      ConsumerRecords<String, byte[]> polled = consumer.poll(config.retag().pollTimeout());
      List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(polled.count());
      for (TopicPartition partition : polled.partitions()) {
        long stop = end.get(partition);
        for (ConsumerRecord<String, byte[]> record : polled.records(partition)) {
          // Records past the end taken for this round wait for the next round.
          if (record.offset() < stop) {
            batch.add(record);
          }
        }
      }
      publish(batch);
      long read = 0;
      for (TopicPartition partition : partitions) {
        long position = Math.min(consumer.position(partition), end.get(partition));
        read += position - begin.get(partition);
        if (remaining.contains(partition) && position >= end.get(partition)) {
          remaining.remove(partition);
          consumer.pause(List.of(partition));
        }
      }
      long readSoFar = read;
      update(s -> s.plus(readSoFar - s.done(), 0, 0, 0));
    }
  }

  /**
   * A poll may return records past the round's end (they are not published); seek back so the
   * next round starts exactly where this one stopped.
   */
  private static Set<TopicPartition> unfinished(
      KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions, Map<TopicPartition, Long> end) {
    Set<TopicPartition> unfinished = new HashSet<>();
    for (TopicPartition partition : partitions) {
      long position = consumer.position(partition);
      if (position > end.get(partition)) {
        consumer.seek(partition, end.get(partition));
        position = end.get(partition);
      }
      if (position < end.get(partition)) {
        unfinished.add(partition);
      }
    }
    return unfinished;
  }

  private static long total(Map<TopicPartition, Long> begin, Map<TopicPartition, Long> end) {
    long total = 0;
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      total += e.getValue() - begin.get(e.getKey());
    }
    return total;
  }

  private void publish(List<ConsumerRecord<String, byte[]>> batch) {
    if (batch.isEmpty()) {
      return;
    }
    List<OutcomePublisher.Item> toSend = new ArrayList<>(batch.size());
    long classified = 0;
    long skipped = 0;
    long deadLettered = 0;
    for (OutcomePublisher.Item item : classifier.classify(batch, PipelineMetrics.RETAG)) {
      Outcome outcome = item.outcome();
      if (outcome instanceof Outcome.Classified) {
        classified++;
        toSend.add(item);
      } else if (outcome instanceof Outcome.DeadLetter dead
          && dead.cause() == Outcome.Cause.CLASSIFICATION_FAILED) {
        // New packs may fail where old ones did not: that is news for the dead-letter topic.
        deadLettered++;
        toSend.add(item);
      } else {
        // Undecodable or foreign records were dead-lettered by the live consumer the first
        // time round; sending them again would only duplicate the dead letters.
        skipped++;
      }
    }
    publisher.publishAll(toSend, PipelineMetrics.RETAG).await().atMost(config.sendTimeout());
    long c = classified;
    long s = skipped;
    long d = deadLettered;
    update(st -> st.plus(0, c, s, d));
  }

  private Map<String, Object> consumerConfig() {
    Map<String, Object> props = new HashMap<>(kafkaConfig);
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "regwatch-classifier-retag");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.retag().maxPollRecords());
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return props;
  }

  private RetagStatus update(UnaryOperator<RetagStatus> change) {
    return status.updateAndGet(change);
  }

  private static List<TopicPartition> difference(List<TopicPartition> all, Set<TopicPartition> minus) {
    List<TopicPartition> result = new ArrayList<>(all);
    result.removeAll(minus);
    return result;
  }
}
