package org.regwatch.poller.polling;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import org.regwatch.poller.PollerConfig;
import org.regwatch.poller.websub.WebSubSubscriptions;

/**
 * Writes the states of the feeds this instance polls to the poller-state topic every
 * {@code state.flush-interval}, only those that changed since their last write, plus a tombstone
 * for each removed feed; and once more at shutdown, waiting for the acknowledgements, so a
 * graceful restart or handover loses nothing. One thread, so a tombstone is never overtaken by an
 * older state of the same feed.
 */
@ApplicationScoped
public class FeedStateFlusher {

  private static final Logger LOG = Logger.getLogger(FeedStateFlusher.class);

  private final FeedStateStore store;
  private final PollStates states;
  private final WebSubSubscriptions subscriptions;
  private final PollerConfig.State config;
  private final Map<String, StoredFeedState> written = new ConcurrentHashMap<>();
  private ScheduledExecutorService ticker;

  public FeedStateFlusher(FeedStateStore store, PollStates states, WebSubSubscriptions subscriptions,
      PollerConfig config) {
    this.store = store;
    this.states = states;
    this.subscriptions = subscriptions;
    this.config = config.state();
  }

  void start(@Observes StartupEvent event) {
    store.start();
    ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "feed-state-flush");
      t.setDaemon(true);
      return t;
    });
    long ms = config.flushInterval().toMillis();
    ticker.scheduleWithFixedDelay(this::safeFlush, ms, ms, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent event) {
    if (ticker == null) {
      return;
    }
    ticker.shutdownNow();
    try {
      ticker.awaitTermination(5, TimeUnit.SECONDS);
      for (Future<RecordMetadata> ack : flush()) {
        ack.get(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.warnf("the last feed states were not acknowledged at shutdown: %s", e.toString());
    }
    store.stop();
  }

  private void safeFlush() {
    try {
      flush();
    } catch (RuntimeException e) {
      // The producer is away (broker down): the next round writes whatever is still changed.
      LOG.warnf("writing feed states failed: %s", e.toString());
    }
  }

  /** Sends what changed; the futures complete with the broker's acknowledgements. */
  List<Future<RecordMetadata>> flush() {
    List<Future<RecordMetadata>> acks = new ArrayList<>();
    for (String feedId : states.takeRemoved()) {
      written.remove(feedId);
      acks.add(store.forget(feedId));
    }
    for (var entry : states.takeReleased().entrySet()) {
      StoredFeedState last = entry.getValue().state().stored(entry.getValue().websub());
      if (!last.equals(written.remove(entry.getKey()))) {
        acks.add(store.write(entry.getKey(), last));
      }
    }
    for (var entry : states.current().entrySet()) {
      String feedId = entry.getKey();
      StoredFeedState now = entry.getValue().stored(subscriptions.stored(feedId).orElse(null));
      if (!now.equals(written.get(feedId))) {
        acks.add(store.write(feedId, now));
        written.put(feedId, now);
      }
    }
    return acks;
  }
}
