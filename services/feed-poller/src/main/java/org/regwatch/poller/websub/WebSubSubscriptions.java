package org.regwatch.poller.websub;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This instance's WebSub subscriptions, one per feed, by feed id; written to the poller-state
 * topic with the feed's polling state (see FeedStateFlusher) and restored from it.
 */
@ApplicationScoped
public class WebSubSubscriptions {

  private final Map<String, Subscription> byFeed = new ConcurrentHashMap<>();
  private final CallbackUrls callbacks;

  public WebSubSubscriptions(CallbackUrls callbacks) {
    this.callbacks = callbacks;
  }

  /** The subscription as it is to be kept durably, when there is one worth keeping. */
  public Optional<StoredSubscription> stored(String feedId) {
    return Optional.ofNullable(byFeed.get(feedId)).flatMap(Subscription::stored);
  }

  /**
   * Takes over a subscription written before a restart or by the previous owner, if the hub would
   * push to this instance (same callback URL); otherwise this instance subscribes with its own
   * callback after its first poll, and the old lease runs out.
   */
  public void restore(String feedId, StoredSubscription stored) {
    if (callbacks.forFeed(feedId).equals(stored.callback())) {
      byFeed.putIfAbsent(feedId, Subscription.restored(feedId, stored));
    }
  }

  public Optional<WebSubView> view(String feedId) {
    return Optional.ofNullable(byFeed.get(feedId)).map(Subscription::view);
  }

  /** True while pushes for the feed are expected (verified, lease running). */
  public boolean isActive(String feedId) {
    Subscription s = byFeed.get(feedId);
    return s != null && s.status() == Subscription.Status.ACTIVE;
  }

  Optional<Subscription> find(String feedId) {
    return Optional.ofNullable(byFeed.get(feedId));
  }

  void put(Subscription subscription) {
    byFeed.put(subscription.feedId, subscription);
  }

  void remove(String feedId) {
    byFeed.remove(feedId);
  }

  Collection<Subscription> all() {
    return byFeed.values();
  }
}
