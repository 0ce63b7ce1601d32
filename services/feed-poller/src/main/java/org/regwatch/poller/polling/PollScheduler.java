package org.regwatch.poller.polling;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.regwatch.poller.PollerConfig;
import org.regwatch.poller.feeds.FeedEntry;
import org.regwatch.poller.feeds.RegistryView;

/**
 * Every tick, hands the owned, unpaused feeds whose next poll is due to a bounded worker pool.
 * A feed is never in two polls at once. Newly owned feeds are spread over a short window so a
 * start or rebalance does not fire every request in the same second.
 */
@ApplicationScoped
public class PollScheduler {

  private static final Logger LOG = Logger.getLogger(PollScheduler.class);

  private final RegistryView registry;
  private final FeedOwnership ownership;
  private final PollStates states;
  private final FeedPoller poller;
  private final PollerConfig.Schedule config;
  private final HostGate hosts;
  private final FeedStateStore feedStates;
  private ScheduledExecutorService ticker;
  private ExecutorService workers;

  public PollScheduler(RegistryView registry, FeedOwnership ownership, PollStates states,
      FeedPoller poller, PollerConfig config, HostGate hosts, FeedStateStore feedStates) {
    this.hosts = hosts;
    this.feedStates = feedStates;
    this.registry = registry;
    this.ownership = ownership;
    this.states = states;
    this.poller = poller;
    this.config = config.schedule();
  }

  void start(@Observes StartupEvent event) {
    workers = Executors.newFixedThreadPool(config.workers(), r -> {
      Thread t = new Thread(r, "feed-poll-worker");
      t.setDaemon(true);
      return t;
    });
    ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "feed-poll-scheduler");
      t.setDaemon(true);
      return t;
    });
    long tickMs = config.tick().toMillis();
    ticker.scheduleWithFixedDelay(this::tick, tickMs, tickMs, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent event) {
    if (ticker != null) {
      ticker.shutdownNow();
      workers.shutdownNow();
    }
  }

  void tick() {
    try {
      if (!feedStates.isLoaded()) {
        return; // polling before the stored states are read would start every feed afresh
      }
      Instant now = Instant.now();
      Set<String> mine = new HashSet<>();
      for (FeedEntry entry : registry.all()) {
        if (!ownership.owns(entry.partition()) || entry.feed().paused()) {
          continue;
        }
        mine.add(entry.id());
        long spreadMs = Math.max(1, config.firstPollSpread().toMillis());
        FeedPollState state = states.stateFor(entry.id(), entry.feed().url(),
            now.plusMillis(ThreadLocalRandom.current().nextLong(spreadMs)));
        if (state.inFlight) {
          continue;
        }
        if (!entry.feed().url().equals(state.url)) {
          state.resetFor(entry.feed().url());
        }
        Instant due;
        synchronized (state) {
          due = state.nextPoll;
        }
        String url = entry.feed().url();
        if (!due.isAfter(now) && hosts.tryAcquire(url, System.nanoTime())) {
          state.inFlight = true;
          workers.execute(() -> {
            try {
              poller.poll(entry, state);
            } finally {
              hosts.release(url);
              state.inFlight = false;
            }
          });
        }
      }
      states.retainOnly(mine, registry::find);
    } catch (RuntimeException e) {
      LOG.warn("scheduler tick failed", e);
    }
  }
}
