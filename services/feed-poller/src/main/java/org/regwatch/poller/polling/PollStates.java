package org.regwatch.poller.polling;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.regwatch.poller.PollerConfig;
import org.regwatch.poller.websub.WebSubSubscriptions;

/** The polling state of the feeds this instance owns, by feed id. */
@ApplicationScoped
public class PollStates {

  private final Map<String, FeedPollState> states = new ConcurrentHashMap<>();
  private final int unhealthyAfter;
  private final WebSubSubscriptions subscriptions;

  public PollStates(PollerConfig config, WebSubSubscriptions subscriptions) {
    this.unhealthyAfter = config.schedule().unhealthyAfter();
    this.subscriptions = subscriptions;
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

  FeedPollState stateFor(String feedId, String url, Instant firstPoll) {
    return states.computeIfAbsent(feedId, id -> new FeedPollState(url, firstPoll));
  }

  /** Forgets feeds this instance no longer polls (removed, or owned by another instance now). */
  void retainOnly(Set<String> feedIds) {
    states.keySet().retainAll(feedIds);
  }
}
