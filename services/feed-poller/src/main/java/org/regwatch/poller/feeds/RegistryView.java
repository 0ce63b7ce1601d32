package org.regwatch.poller.feeds;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.regwatch.events.Event;
import org.regwatch.events.EventCodec;
import org.regwatch.events.EventDecodingException;
import org.regwatch.events.FeedRegistered;
import org.regwatch.events.FeedRemoved;
import org.regwatch.events.Topics;
import org.regwatch.poller.kafka.KafkaClients;
import org.regwatch.poller.kafka.TopicFollower;

/**
 * The feed registry as the compacted {@code regwatch.feeds} topic says it: every partition read
 * from the beginning, no consumer group, so every instance sees every feed. The REST API answers
 * from here and nowhere else; there is no second source of truth.
 *
 * <p>Undecodable records are skipped here and counted; the group consumer ({@code
 * polling.FeedOwnership}) is the one that dead-letters them, so that each bad record is
 * dead-lettered once, not once per instance.
 */
@ApplicationScoped
public class RegistryView {

  private static final Logger LOG = Logger.getLogger(RegistryView.class);

  private final Map<String, FeedEntry> feeds = new ConcurrentHashMap<>();
  private final AtomicLong skipped = new AtomicLong();
  private final EventCodec codec = new EventCodec();
  private final TopicFollower follower;

  public RegistryView(KafkaClients clients) {
    this.follower = new TopicFollower(Topics.FEEDS, () -> clients.viewConsumer("registry"), this::apply);
  }

  void start(@Observes StartupEvent event) {
    follower.start();
  }

  void stop(@Observes ShutdownEvent event) {
    follower.close();
  }

  public boolean isLoaded() {
    return follower.isLoaded();
  }

  public Optional<FeedEntry> find(String feedId) {
    return Optional.ofNullable(feeds.get(feedId));
  }

  public Optional<FeedEntry> findByUrl(String normalizedUrl) {
    return feeds.values().stream()
        .filter(f -> FeedUrls.normalize(f.feed().url()).equals(normalizedUrl))
        .findFirst();
  }

  public Collection<FeedEntry> all() {
    return List.copyOf(feeds.values());
  }

  public long skippedRecords() {
    return skipped.get();
  }

  /** Read-your-writes: true once the record the caller sent is visible here. */
  public boolean awaitHandled(int partition, long offset, Duration timeout) throws InterruptedException {
    return follower.awaitHandled(partition, offset, timeout);
  }

  private void apply(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      if (record.key() != null) {
        feeds.remove(record.key()); // tombstone
      }
      return;
    }
    Event<?> event;
    try {
      event = codec.decode(record.value());
    } catch (EventDecodingException e) {
      skipped.incrementAndGet();
      LOG.debugf("skipping unreadable registry record %s-%d@%d: %s",
          record.topic(), record.partition(), record.offset(), e.getMessage());
      return;
    }
    if (event.data() instanceof FeedRegistered registered) {
      feeds.put(registered.feedId(), new FeedEntry(registered, record.partition(), record.offset()));
    } else if (event.data() instanceof FeedRemoved removed) {
      feeds.remove(removed.feedId());
    } else {
      skipped.incrementAndGet();
    }
  }
}
