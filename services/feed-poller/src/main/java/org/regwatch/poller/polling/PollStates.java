package org.regwatch.poller.polling;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.regwatch.poller.feeds.FeedEntry;
import org.regwatch.poller.websub.StoredSubscription;
import org.regwatch.poller.PollerConfig;
import org.regwatch.poller.websub.WebSubSubscriptions;

/** The polling state of the feeds this instance owns, by feed id. */
@ApplicationScoped
public class PollStates {

  private final Map<String, FeedPollState> states = new ConcurrentHashMap<>();
  private final int unhealthyAfter;
  private final WebSubSubscriptions subscriptions;
  private final FeedStateStore store;
  private final Set<String> removed = ConcurrentHashMap.newKeySet();
  private final Map<String, Released> released = new ConcurrentHashMap<>();

  /** A dropped feed's last state, and the WebSub subscription to keep with it (or null). */
  record Released(FeedPollState state, StoredSubscription websub) {}

  public PollStates(PollerConfig config, WebSubSubscriptions subscriptions, FeedStateStore store) {
    this.unhealthyAfter = config.schedule().unhealthyAfter();
    this.subscriptions = subscriptions;
    this.store = store;
  }

  public Optional<FeedStateView> view(String feedId) {
    FeedPollState state = states.get(feedId);
    return state == null ? Optional.empty() : Optional.of(state.view(unhealthyAfter, subscriptions.view(feedId).orElse(null)));
  }

  public long unhealthyCount() {
    return states.values().stream().filter(s -> s.consecutiveFailures >= unhealthyAfter).count();
  }

  /**
   * Brings a feed's next poll forward to {@code at} at the latest: a WebSub subscription lapsed or
   * failed, so the slow subscribed interval no longer applies.
   */
  public void pollNoLaterThan(String feedId, Instant at) {
    FeedPollState state = states.get(feedId);
    if (state != null) {
      synchronized (state) {
        if (state.nextPoll.isAfter(at)) {
          state.nextPoll = at;
        }
      }
    }
  }

  Optional<FeedPollState> find(String feedId) {
    return Optional.ofNullable(states.get(feedId));
  }

  int unhealthyAfter() {
    return unhealthyAfter;
  }

  /**
   * The state of a feed this instance polls; when it has none yet (start, restart, handover,
   * resume) it continues from the state last written to the poller-state topic, WebSub
   * subscription included.
   */
  FeedPollState stateFor(String feedId, String url, Instant firstPoll) {
    return states.computeIfAbsent(feedId, id -> Optional.ofNullable(released.remove(id)).map(Released::state)
        .or(() -> store.find(id).map(stored -> restore(id, stored, url, firstPoll)))
        .orElseGet(() -> new FeedPollState(url, firstPoll)));
  }

  private FeedPollState restore(String id, StoredFeedState stored, String url, Instant firstPoll) {
    if (stored.websub() != null) {
      subscriptions.restore(id, stored.websub());
    }
    return FeedPollState.restored(stored, url, firstPoll);
  }

  /**
   * Forgets feeds this instance no longer polls (paused, removed, or owned by another instance
   * now); the durable state of those no longer registered at all is to be deleted.
   */
  void retainOnly(Set<String> feedIds, Function<String, Optional<FeedEntry>> registry) {
    for (String id : states.keySet()) {
      if (!feedIds.contains(id)) {
        FeedPollState state = states.remove(id);
        Optional<FeedEntry> entry = registry.apply(id);
        if (entry.isEmpty()) {
          removed.add(id);
        } else if (state != null) {
          // Its last changes are still to be written. The subscription is taken now, before the
          // lease tick drops it: kept for a new owner behind the same callback URL when the feed
          // was handed over, not kept when it was paused (the hub is told to unsubscribe).
          StoredSubscription websub = entry.get().feed().paused() ? null : subscriptions.stored(id).orElse(null);
          released.put(id, new Released(state, websub));
        }
      }
    }
  }

  /** The states to write to the topic, by feed id. */
  Map<String, FeedPollState> current() {
    return states;
  }

  /** States dropped since the last call of feeds still registered, by feed id: written one last time. */
  Map<String, Released> takeReleased() {
    Map<String, Released> taken = Map.copyOf(released);
    taken.keySet().forEach(released::remove);
    return taken;
  }

  /** Feeds removed since the last call, whose durable state gets a tombstone. */
  Set<String> takeRemoved() {
    Set<String> taken = Set.copyOf(removed);
    removed.removeAll(taken);
    return taken;
  }
}
