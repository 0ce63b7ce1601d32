package org.regwatch.poller.polling;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import org.regwatch.events.EventCodec;
import org.regwatch.events.Topics;
import org.regwatch.poller.kafka.KafkaClients;
import org.regwatch.poller.kafka.TopicFollower;

/**
 * Per-feed polling state, durable in the compacted {@code regwatch.poller-state} topic next to the
 * seen-state: key = feed id ({@code feed-…}; seen-state keys are article ids, {@code art-…}),
 * value = {@link StoredFeedState} JSON, a tombstone when the feed is removed. Every instance
 * mirrors the feed records of the whole topic, so a restarted instance, or the one a feed is
 * handed to, starts from the last state written instead of from nothing.
 *
 * <p>Written by {@link FeedStateFlusher} in batches, not after each poll: at 1,000 polls/s a
 * record per poll would double the poller's Kafka traffic for fields (last attempt, poll count)
 * that may well be a few seconds stale after a crash.
 */
@ApplicationScoped
public class FeedStateStore {

  private static final Logger LOG = Logger.getLogger(FeedStateStore.class);
  static final String KEY_PREFIX = "feed-";

  private final Map<String, StoredFeedState> stored = new ConcurrentHashMap<>();
  private final EventCodec codec = new EventCodec();
  private final KafkaClients clients;
  private final TopicFollower follower;

  public FeedStateStore(KafkaClients clients) {
    this.clients = clients;
    this.follower = new TopicFollower(Topics.POLLER_STATE, () -> clients.viewConsumer("feed-state"), this::apply);
  }

  public void start() {
    follower.start();
  }

  public void stop() {
    follower.close();
  }

  /** True once everything the topic held at start has been read: before that, nothing is restored. */
  public boolean isLoaded() {
    return follower.isLoaded();
  }

  public Optional<StoredFeedState> find(String feedId) {
    return Optional.ofNullable(stored.get(feedId));
  }

  /** Sends the state; the returned future completes with the broker's acknowledgement. */
  Future<RecordMetadata> write(String feedId, StoredFeedState state) {
    try {
      return clients.producer().send(
          new ProducerRecord<>(Topics.POLLER_STATE, feedId, codec.mapper().writeValueAsBytes(state)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A tombstone: the feed was removed, compaction drops its state. */
  Future<RecordMetadata> forget(String feedId) {
    return clients.producer().send(new ProducerRecord<>(Topics.POLLER_STATE, feedId, null));
  }

  private void apply(ConsumerRecord<String, byte[]> record) {
    if (record.key() == null || !record.key().startsWith(KEY_PREFIX)) {
      return; // seen-state of an article
    }
    if (record.value() == null) {
      stored.remove(record.key());
      return;
    }
    try {
      stored.put(record.key(), codec.mapper().readValue(record.value(), StoredFeedState.class));
    } catch (IOException e) {
      // Written only by this service; unreadable means "start afresh", as before this store existed.
      LOG.warnf("unreadable feed state for %s: %s", record.key(), e.getMessage());
    }
  }
}
