package org.regwatch.query.webhooks;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Delivers due outbox messages. A scheduler thread claims what the pool can take; a fixed pool
 * sends. Each endpoint (subscription) has at most {@code per-endpoint-concurrency} requests in
 * flight and saturated endpoints are left out of the next claim, so one slow receiver holds a few
 * threads and its own backlog, never the others'.
 */
@ApplicationScoped
public class DeliveryWorker {

  private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

  private final DeliveryStore store;
  private final WebhookSender sender;
  private final UrlGuard guard;
  private final RetryPolicy retries;
  private final WebhooksConfig config;
  private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
  private final AtomicInteger total = new AtomicInteger();
  private final java.util.concurrent.atomic.AtomicBoolean wakeQueued =
      new java.util.concurrent.atomic.AtomicBoolean();
  private ScheduledExecutorService scheduler;
  private ExecutorService pool;

  public DeliveryWorker(DeliveryStore store, WebhookSender sender, UrlGuard guard,
      RetryPolicy retries, WebhooksConfig config) {
    this.store = store;
    this.sender = sender;
    this.guard = guard;
    this.retries = retries;
    this.config = config;
  }

  void start(@Observes StartupEvent event) {
    pool = Executors.newFixedThreadPool(config.workers(), r -> {
      Thread t = new Thread(r, "webhook-delivery");
      t.setDaemon(true);
      return t;
    });
    scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "webhook-claim");
      t.setDaemon(true);
      return t;
    });
    long every = config.pollInterval().toMillis();
    scheduler.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent event) {
    if (scheduler != null) {
      scheduler.shutdownNow();
      pool.shutdownNow();
    }
  }

  private void tick() {
    try {
      // keep claiming while the pool has room and there is work: a backlog drains at full speed
      while (true) {
        int room = config.workers() * 2 - total.get();
        if (room <= 0) {
          return;
        }
        Set<String> saturated = saturated();
        Duration lease = config.timeout().plusSeconds(30);
        List<DeliveryStore.Due> due = store.claim(Math.min(room, config.batchSize()), lease,
            saturated);
        if (due.isEmpty()) {
          return;
        }
        for (DeliveryStore.Due d : due) {
          inFlight.computeIfAbsent(d.subscriptionId(), k -> new AtomicInteger()).incrementAndGet();
          total.incrementAndGet();
          pool.execute(() -> {
            try {
              deliver(d);
            } finally {
              inFlight.get(d.subscriptionId()).decrementAndGet();
              total.decrementAndGet();
              wake();
            }
          });
        }
      }
    } catch (Exception e) {
      // the database may be down: the next tick tries again; claimed rows come back after the lease
      LOG.warnf("webhook claim failed: %s", e.getMessage());
    }
  }

  /**
   * A finished delivery frees room: claim again now rather than at the next poll, or a backlog
   * would drain at one batch per poll interval. Coalesced: at most one extra claim queued.
   */
  private void wake() {
    if (wakeQueued.compareAndSet(false, true)) {
      try {
        scheduler.execute(() -> {
          wakeQueued.set(false);
          tick();
        });
      } catch (java.util.concurrent.RejectedExecutionException e) {
        wakeQueued.set(false); // shutting down
      }
    }
  }

  private Set<String> saturated() {
    Set<String> s = ConcurrentHashMap.newKeySet();
    inFlight.forEach((id, n) -> {
      if (n.get() >= config.perEndpointConcurrency()) {
        s.add(id);
      }
    });
    return s;
  }

  private void deliver(DeliveryStore.Due d) {
    Instant now = Instant.now();
    WebhookSender.Result result;
    try {
      UrlGuard.Target target = guard.check(d.url());
      result = sender.post(target, headers(d, now), d.body());
    } catch (UrlGuard.Refused e) {
      result = new WebhookSender.Result(0, null, null, 0, "refused by the SSRF guard: "
          + e.getMessage());
    }
    try {
      outcome(d, result, Instant.now());
    } catch (Exception e) {
      LOG.warnf("could not record the attempt of %s: %s", d.messageId(), e.getMessage());
    }
  }

  private Map<String, String> headers(DeliveryStore.Due d, Instant now) {
    long ts = now.getEpochSecond();
    String signature = Signer.sign(d.secret(), d.messageId(), ts, d.body());
    if (d.previousSecret() != null && d.previousUntil() != null
        && d.previousUntil().isAfter(now)) {
      // during a rotation both signatures go out, space-separated (Standard Webhooks)
      signature += " " + Signer.sign(d.previousSecret(), d.messageId(), ts, d.body());
    }
    Map<String, String> h = new LinkedHashMap<>();
    h.put("webhook-id", d.messageId());
    h.put("webhook-timestamp", Long.toString(ts));
    h.put("webhook-signature", signature);
    return h;
  }

  private void outcome(DeliveryStore.Due d, WebhookSender.Result r, Instant now)
      throws Exception {
    int attempt = d.attempts() + 1;
    if (r.status() >= 200 && r.status() < 300) {
      store.recordAttempt(d, r, now, "delivered", now);
      store.endpointSucceeded(d.subscriptionId());
      return;
    }
    if (r.status() == 410) {
      // the receiver says the endpoint is gone for good: stop, keep the message pending for
      // the day the subscriber re-enables it
      store.recordAttempt(d, r, now, "pending", now);
      store.disableEndpoint(d.subscriptionId(), "receiver answered 410 Gone at " + now);
      return;
    }
    Duration wait = r.status() == 429
        ? retries.retryAfter(r.retryAfter(), now).or(() -> retries.after(attempt)).orElse(null)
        : retries.after(attempt).orElse(null);
    if (wait == null || attempt > config.retrySchedule().size()) {
      store.recordAttempt(d, r, now, "failed", now);
    } else {
      store.recordAttempt(d, r, now, "pending", now.plus(wait));
    }
    store.endpointFailing(d.subscriptionId(), now);
    Instant since = d.failingSince() == null ? now : d.failingSince();
    if (Duration.between(since, now).compareTo(config.disableAfter()) > 0) {
      store.disableEndpoint(d.subscriptionId(), "no successful delivery since " + since);
    }
  }
}
