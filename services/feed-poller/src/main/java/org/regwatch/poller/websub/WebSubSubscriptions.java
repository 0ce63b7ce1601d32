package org.regwatch.poller.websub;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** This instance's WebSub subscriptions, one per feed, by feed id. Kept in memory like feed state. */
@ApplicationScoped
public class WebSubSubscriptions {

  private final Map<String, Subscription> byFeed = new ConcurrentHashMap<>();

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
