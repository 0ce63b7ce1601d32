package org.regwatch.poller.items;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.regwatch.events.EventCodec;
import org.regwatch.events.Topics;
import org.regwatch.poller.kafka.KafkaClients;
import org.regwatch.poller.kafka.TopicFollower;

/**
 * The articles the poller has already published, durable in the compacted {@code
 * regwatch.poller-state} topic (key: article id; value: {@link SeenEntry} JSON) and mirrored here.
 * Every instance follows the whole topic, so a feed that moves to another instance on rebalance
 * is polled with the memory of the one that had it before.
 */
@ApplicationScoped
public class SeenState {

  private static final Logger LOG = Logger.getLogger(SeenState.class);

  /** The entry and the offset it was written at, so a late replay of an older value cannot win. */
  private record Versioned(SeenEntry entry, long offset) {}

  private final Map<String, Versioned> seen = new ConcurrentHashMap<>();
  private final AtomicLong unreadable = new AtomicLong();
  private final EventCodec codec = new EventCodec();
  private final TopicFollower follower;

  public SeenState(KafkaClients clients) {
    this.follower =
        new TopicFollower(Topics.POLLER_STATE, () -> clients.viewConsumer("seen-state"), this::apply);
  }

  public void start(@Observes StartupEvent event) {
    follower.start();
  }

  public void stop(@Observes ShutdownEvent event) {
    follower.close();
  }

  public Optional<SeenEntry> get(String articleId) {
    Versioned v = seen.get(articleId);
    return v == null ? Optional.empty() : Optional.of(v.entry());
  }

  public int size() {
    return seen.size();
  }

  /** Called after the state record was acknowledged at {@code offset}. */
  public void remember(String articleId, SeenEntry entry, long offset) {
    seen.merge(articleId, new Versioned(entry, offset), SeenState::newer);
  }

  /** Blocks until everything already in the state topic is mirrored here: call before polling. */
  public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    return follower.awaitCaughtUp(timeout);
  }

  public byte[] encode(SeenEntry entry) {
    try {
      return codec.mapper().writeValueAsBytes(entry);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void apply(ConsumerRecord<String, byte[]> record) {
    if (record.key() == null) {
      unreadable.incrementAndGet();
      return;
    }
    if (!record.key().startsWith(ArticleIds.PREFIX)) {
      return; // a feed's polling state (FeedStateStore) shares the topic
    }
    if (record.value() == null) {
      seen.remove(record.key());
      return;
    }
    try {
      SeenEntry entry = codec.mapper().readValue(record.value(), SeenEntry.class);
      seen.merge(record.key(), new Versioned(entry, record.offset()), SeenState::newer);
    } catch (IOException e) {
      // Internal state written only by this service: an unreadable value means "not seen", which
      // at worst re-publishes one article (consumers de-duplicate on the event id).
      unreadable.incrementAndGet();
      LOG.warnf("unreadable seen-state record for %s: %s", record.key(), e.getMessage());
    }
  }

  private static Versioned newer(Versioned a, Versioned b) {
    return b.offset() >= a.offset() ? b : a;
  }
}
