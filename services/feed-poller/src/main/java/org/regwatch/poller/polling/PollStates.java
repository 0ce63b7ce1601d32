package org.regwatch.poller.polling;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.regwatch.poller.PollerConfig;

/** The polling state of the feeds this instance owns, by feed id. */
@ApplicationScoped
public class PollStates {

  private final Map<String, FeedPollState> states = new ConcurrentHashMap<>();
  private final int unhealthyAfter;

  public PollStates(PollerConfig config) {
    this.unhealthyAfter = config.schedule().unhealthyAfter();
  }

  public Optional<FeedStateView> view(String feedId) {
    FeedPollState state = states.get(feedId);
    return state == null ? Optional.empty() : Optional.of(state.view(unhealthyAfter));
  }

  public long unhealthyCount() {
    return states.values().stream().filter(s -> s.consecutiveFailures >= unhealthyAfter).count();
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
