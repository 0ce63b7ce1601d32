package org.regwatch.poller.websub;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.regwatch.poller.PollerConfig;
import org.regwatch.poller.feeds.FeedEntry;
import org.regwatch.poller.feeds.RegistryView;
import org.regwatch.poller.parsing.FeedLinks;
import org.regwatch.poller.polling.FeedOwnership;
import org.regwatch.poller.polling.FetchResult;
import org.regwatch.poller.polling.PollStates;

/**
 * The subscriber side of WebSub: subscribes when a polled feed advertises a hub, renews leases
 * before they end, lapses subscriptions whose verification or renewal never came, and tells the
 * scheduler how often to poll (slower while pushes are expected, normal otherwise). Polling never
 * stops: a hub can stop pushing without a word, and the slower poll catches what it missed.
 */
@ApplicationScoped
public class WebSubManager {

  private static final Logger LOG = Logger.getLogger(WebSubManager.class);

  private final WebSubSubscriptions subscriptions;
  private final HubClient hubs;
  private final PollerConfig.WebSub config;
  private final CallbackUrls callbacks;
  private final RegistryView registry;
  private final FeedOwnership ownership;
  private final PollStates pollStates;
  private final FeedLinks links = new FeedLinks();
  private final SecureRandom random = new SecureRandom();
  private ScheduledExecutorService ticker;

  public WebSubManager(WebSubSubscriptions subscriptions, HubClient hubs, PollerConfig config,
      CallbackUrls callbacks, RegistryView registry, FeedOwnership ownership, PollStates pollStates) {
    this.subscriptions = subscriptions;
    this.hubs = hubs;
    this.config = config.websub();
    this.callbacks = callbacks;
    this.registry = registry;
    this.ownership = ownership;
    this.pollStates = pollStates;
  }

  /** The poll interval to use now: stretched while a verified subscription should push. */
  public Duration pollInterval(String feedId, Duration interval) {
    return subscriptions.isActive(feedId)
        ? interval.multipliedBy(Math.max(1, config.subscribedPollMultiplier()))
        : interval;
  }

  /**
   * After a successful poll (2xx): subscribe if the feed advertises a hub and has no live
   * subscription (or a failed/lapsed one whose retry time came). Runs on the poll worker; a hub
   * that verifies synchronously calls back into this instance on an HTTP thread meanwhile.
   */
  public void afterFetch(FeedEntry entry, FetchResult result) throws InterruptedException {
    if (!config.enabled()) {
      return;
    }
    Instant now = Instant.now();
    var existing = subscriptions.find(entry.id());
    if (existing.isPresent() && !existing.get().mayRetry(now)) {
      return;
    }
    String feedUrl = entry.feed().url();
    FeedLinks.Advertised advertised = FeedLinks.fromHeaders(result.links(), feedUrl);
    if (!advertised.hasHub()) {
      advertised = links.fromDocument(result.body(), result.contentType(), feedUrl);
    }
    if (!advertised.hasHub()) {
      existing.ifPresent(s -> subscriptions.remove(s.feedId)); // the feed stopped advertising one
      return;
    }
    // §4: the topic is the self URL; a feed without one is subscribed under its own URL.
    String topic = advertised.self() != null ? advertised.self() : feedUrl;
    Subscription subscription = new Subscription(entry.id(), advertised.hubs().get(0), topic);
    subscriptions.put(subscription);
    request(subscription, now);
  }

  private void request(Subscription subscription, Instant now) throws InterruptedException {
    String secret = HexFormat.of().formatHex(randomBytes());
    String callback = callbacks.forFeed(subscription.feedId);
    boolean renewal = subscription.status() == Subscription.Status.ACTIVE;
    subscription.requested(secret, callback, now);
    try {
      hubs.subscribe(subscription.hub, subscription.topic, callback, secret);
      LOG.infof("%s %s at hub %s (callback %s)", renewal ? "renewing" : "subscribing to",
          subscription.topic, subscription.hub, callback);
    } catch (java.io.IOException | RuntimeException e) {
      Instant retryAt = now.plus(config.retryAfterFailure());
      String error = "subscription request failed: " + e;
      if (renewal) {
        subscription.renewalFailed(error, retryAt);
      } else {
        subscription.failed(error, retryAt);
        pollStates.pollNoLaterThan(subscription.feedId, now);
      }
      LOG.warnf("WebSub %s for %s failed: %s", renewal ? "renewal" : "subscription",
          subscription.feedId, e);
    }
  }

  private void unsubscribe(Subscription subscription, Instant now) throws InterruptedException {
    if (!subscription.hubKnowsUs()) {
      subscriptions.remove(subscription.feedId); // failed or lapsed: the hub pushes nothing
      return;
    }
    subscription.unsubscribing(now);
    try {
      hubs.unsubscribe(subscription.hub, subscription.topic, callbacks.forFeed(subscription.feedId));
      LOG.infof("unsubscribing from %s at hub %s", subscription.topic, subscription.hub);
    } catch (java.io.IOException | RuntimeException e) {
      // Nothing more to do: a refused unsubscribe leaves pushes answered 404 until the lease ends.
      subscriptions.remove(subscription.feedId);
      LOG.warnf("WebSub unsubscribe of %s failed: %s", subscription.feedId, e);
    }
  }

  // A plain fixed-delay thread rather than @Scheduled: the Quarkus scheduler skips a trigger it
  // checks late (misfire), which on a loaded machine could let a short lease lapse unrenewed.
  void start(@Observes StartupEvent event) {
    ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "websub-leases");
      t.setDaemon(true);
      return t;
    });
    long tickMs = config.tick().toMillis();
    ticker.scheduleWithFixedDelay(this::safeTick, tickMs, tickMs, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent event) {
    if (ticker != null) {
      ticker.shutdownNow();
    }
  }

  private void safeTick() {
    try {
      tick();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.warn("WebSub lease check failed", e);
    }
  }

  void tick() throws InterruptedException {
    Instant now = Instant.now();
    for (Subscription s : subscriptions.all()) {
      var entry = registry.find(s.feedId);
      if (s.status() == Subscription.Status.UNSUBSCRIBING) {
        if (s.verificationOverdue(config.verifyTimeout(), now)) {
          subscriptions.remove(s.feedId); // the hub never confirmed; its lease runs out anyway
        }
        continue;
      }
      if (entry.isEmpty() || entry.get().feed().paused()) {
        // Removed or paused: tell the hub to stop pushing rather than let it push until the lease ends.
        unsubscribe(s, now);
        continue;
      }
      if (!ownership.owns(entry.get().partition())) {
        // Handed to another instance, which subscribes with its own callback after its first poll;
        // pushes to this callback now get 404 and this lease runs out on its own.
        subscriptions.remove(s.feedId);
        continue;
      }
      Instant retryAt = now.plus(config.retryAfterFailure());
      if (s.verificationOverdue(config.verifyTimeout(), now)) {
        boolean wasActive = s.status() == Subscription.Status.ACTIVE;
        String error = "the hub did not verify the subscription within " + config.verifyTimeout();
        if (wasActive) {
          s.renewalFailed(error, retryAt);
        } else {
          s.failed(error, retryAt);
          pollStates.pollNoLaterThan(s.feedId, now);
        }
      }
      if (s.lapseIfExpired(now, now)) {
        LOG.infof("WebSub lease of %s lapsed; polling at the normal interval", s.feedId);
        pollStates.pollNoLaterThan(s.feedId, now);
      } else if (s.renewalDue(config.renewAt(), now)) {
        request(s, now);
      }
    }
  }

  /** Intent verification (§5.3): the challenge is echoed only for a subscription we asked for. */
  VerificationAnswer verify(String feedId, String mode, String topic, String challenge,
      Long leaseSeconds, String reason) {
    var found = subscriptions.find(feedId);
    if (found.isEmpty() || topic == null || !found.get().topic.equals(topic)) {
      return VerificationAnswer.NOT_FOUND;
    }
    Subscription s = found.get();
    Instant now = Instant.now();
    if ("denied".equals(mode)) {
      s.failed("denied by the hub" + (reason == null ? "" : ": " + reason), now.plus(config.retryAfterFailure()));
      pollStates.pollNoLaterThan(feedId, now);
      return VerificationAnswer.ACKNOWLEDGED;
    }
    if ("unsubscribe".equals(mode)) {
      if (challenge == null || s.status() != Subscription.Status.UNSUBSCRIBING) {
        return VerificationAnswer.NOT_FOUND; // §5.3: only an unsubscription we asked for
      }
      subscriptions.remove(feedId);
      LOG.infof("WebSub unsubscription of %s verified by %s", feedId, s.hub);
      return VerificationAnswer.CHALLENGE;
    }
    if (!"subscribe".equals(mode) || challenge == null || !s.awaitsVerification()) {
      return VerificationAnswer.NOT_FOUND;
    }
    long lease = leaseSeconds != null && leaseSeconds > 0 ? leaseSeconds : config.leaseSeconds();
    s.verified(Duration.ofSeconds(lease), now);
    LOG.infof("WebSub subscription of %s verified by %s for %d s", feedId, s.hub, lease);
    return VerificationAnswer.CHALLENGE;
  }

  enum VerificationAnswer { CHALLENGE, ACKNOWLEDGED, NOT_FOUND }

  private byte[] randomBytes() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return bytes;
  }
}
