package org.regwatch.query.webhooks;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Delivers due outbox messages in three stages, each sized for what it waits on:
 * <ol>
 *   <li>one claim thread takes due rows in batches ({@code FOR UPDATE SKIP LOCKED}) while fewer
 *       than {@code max-in-flight} requests are out, leaving saturated endpoints out of the claim;
 *   <li>a small pool checks the URL (a DNS lookup may block), signs, and starts the request on the
 *       non-blocking HTTP client: no thread waits for a receiver;
 *   <li>one writer thread records finished attempts in batches, one transaction per batch, then
 *       frees the slots and wakes the claimer.
 * </ol>
 * Each endpoint (subscription) has at most {@code per-endpoint-concurrency} requests in flight, so
 * one slow receiver holds a few connections and its own backlog, never the others'.
 */
@ApplicationScoped
public class DeliveryWorker {

  private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
  private static final int WRITE_BATCH = 500;

  /** An attempt that has an answer (or an error) and awaits recording. */
  record Finished(DeliveryStore.Due due, WebhookSender.Result result, Instant at,
      AttemptOutcome.Decision decision) {}

  private final DeliveryStore store;
  private final WebhookSender sender;
  private final UrlGuard guard;
  private final AttemptOutcome outcomes;
  private final WebhooksConfig config;
  private volatile Run run;

  public DeliveryWorker(DeliveryStore store, WebhookSender sender, UrlGuard guard,
      RetryPolicy retries, WebhooksConfig config) {
    this.store = store;
    this.sender = sender;
    this.guard = guard;
    this.outcomes = new AttemptOutcome(retries, config.retrySchedule().size(),
        config.disableAfter());
    this.config = config;
  }

  void onStart(@Observes StartupEvent event) {
    start();
  }

  void onStop(@Observes ShutdownEvent event) {
    stop();
  }

  /** Starts delivering, with nothing in memory: all state is in the outbox. */
  public synchronized void start() {
    if (run == null) {
      run = new Run();
    }
  }

  /**
   * Stops claiming, gives requests in flight {@code shutdown-grace} to finish and be recorded,
   * then stops. What is not recorded by then is due again after its lease: delivered at least
   * once, never lost.
   */
  public synchronized void stop() {
    if (run != null) {
      run.stop(config.shutdownGrace());
      run = null;
    }
  }

  /**
   * Claims now rather than at the next poll: new rows were committed (see {@link
   * DeliveryWakeup}). Cheap and non-blocking, coalesced with wakes already queued; a no-op while
   * the worker is stopped.
   */
  public void wake() {
    Run r = run;
    if (r != null) {
      r.wake();
    }
  }

  /**
   * Stops as a killed process would: nothing in flight is recorded, nothing waits. For tests of
   * what a crash leaves behind (the claimed rows come back after their lease).
   */
  synchronized void crash() {
    if (run != null) {
      run.stop(Duration.ZERO);
      run = null;
    }
  }

  /**
   * One endpoint's share of a run: the claimed messages waiting for a slot, and how many requests
   * are on the wire. Claimed rows stay leased while they wait, so nobody else sends them.
   */
  private static final class Endpoint {
    private final Deque<Claimed> waiting = new ArrayDeque<>();
    private int inFlight;

    synchronized void add(Claimed c) {
      waiting.add(c);
    }

    /** The next message to send if a slot is free; null if none or no slot. */
    synchronized Claimed take(int limit) {
      if (inFlight >= limit || waiting.isEmpty()) {
        return null;
      }
      inFlight++;
      return waiting.poll();
    }

    synchronized void done() {
      inFlight--;
    }

    synchronized int load() {
      return inFlight + waiting.size();
    }
  }

  /** A claimed message and when its lease runs out. */
  private record Claimed(DeliveryStore.Due due, Instant leaseEnds) {}

  /** One life of the worker: its threads, what it has claimed, what awaits recording. */
  private final class Run {

    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();
    /** Claimed and not yet answered (waiting or on the wire). */
    private final AtomicInteger held = new AtomicInteger();
    /** Answered but not yet recorded (queued or being written). */
    private final AtomicInteger unrecorded = new AtomicInteger();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final BlockingQueue<Finished> finished = new LinkedBlockingQueue<>();
    private final ScheduledExecutorService scheduler;
    private final ExecutorService pool;
    private final Thread writer;
    private final int prefetch = config.perEndpointConcurrency() * config.prefetchFactor();
    private volatile boolean running = true;

    Run() {
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
      writer = new Thread(this::writeLoop, "webhook-results");
      writer.setDaemon(true);
      writer.start();
      long every = config.pollInterval().toMillis();
      scheduler.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(Duration grace) {
      scheduler.shutdownNow();
      // what waits for a slot is not started any more: it comes back after its lease
      endpoints.values().forEach(e -> {
        synchronized (e) {
          held.addAndGet(-e.waiting.size());
          e.waiting.clear();
        }
      });
      long deadline = System.nanoTime() + grace.toNanos();
      while (held.get() + unrecorded.get() > 0 && System.nanoTime() < deadline) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      running = false;
      writer.interrupt();
      pool.shutdownNow();
      try {
        writer.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /**
     * Claims while there is room and work. Each endpoint gets up to {@code prefetch} messages
     * (claimed + on the wire), so a finished request starts the endpoint's next one at once,
     * without a database round trip per request.
     */
    private void tick() {
      try {
        while (running) {
          // answers awaiting their write count too: if the database is slow, claim less
          int room = config.maxInFlight() - held.get() - unrecorded.get();
          if (room <= 0) {
            return;
          }
          Instant now = Instant.now();
          List<DeliveryStore.Due> due = store.claim(Math.min(room, config.batchSize()),
              config.lease(), prefetch, loads());
          if (due.isEmpty()) {
            return;
          }
          Instant leaseEnds = now.plus(config.lease());
          for (DeliveryStore.Due d : due) {
            held.incrementAndGet();
            endpoints.computeIfAbsent(d.subscriptionId(), k -> new Endpoint())
                .add(new Claimed(d, leaseEnds));
          }
          due.stream().map(DeliveryStore.Due::subscriptionId).distinct()
              .forEach(this::dispatch);
          if (due.size() < Math.min(room, config.batchSize())) {
            return; // drained what is due; the next poll or a finished request claims again
          }
        }
      } catch (RejectedExecutionException e) {
        // stopping; the claimed rows come back after their lease
      } catch (Exception e) {
        // the database may be down: the next tick tries again; claimed rows come back after
        // the lease
        LOG.warnf("webhook claim failed: %s", e.getMessage());
      }
    }

    /** Starts the endpoint's waiting messages while it has free slots. */
    private void dispatch(String subscriptionId) {
      Endpoint e = endpoints.get(subscriptionId);
      Claimed c;
      while (running && (c = e.take(config.perEndpointConcurrency())) != null) {
        Claimed claimed = c;
        if (Instant.now().plus(config.timeout()).plusSeconds(1).isAfter(claimed.leaseEnds())) {
          // its lease could run out mid-request and another worker send it too: leave it to
          // come back after the lease
          e.done();
          held.decrementAndGet();
          continue;
        }
        pool.execute(() -> send(claimed.due()));
      }
    }

    /** Checks, signs and starts one request; its answer goes to the writer. */
    private void send(DeliveryStore.Due d) {
      Instant now = Instant.now();
      try {
        UrlGuard.Target target = guard.check(d.url());
        sender.send(target, headers(d, now), d.body())
            .thenAccept(result -> finish(d, result));
      } catch (UrlGuard.Refused e) {
        finish(d, new WebhookSender.Result(0, null, null, 0, "refused by the SSRF guard: "
            + e.getMessage()));
      } catch (RuntimeException e) {
        finish(d, new WebhookSender.Result(0, null, null, 0, "not sent: " + e));
      }
    }

    /**
     * The answer is in: the endpoint's slot is free at once and its next waiting message starts
     * (the per-endpoint limit is about requests on the receiver, not rows awaiting their write;
     * the row stays leased until it is written, so nobody claims it meanwhile), and the attempt
     * goes to the writer.
     */
    private void finish(DeliveryStore.Due d, WebhookSender.Result result) {
      if (!running) {
        return; // a stopped run records nothing more; the row is due again after its lease
      }
      Instant at = Instant.now();
      unrecorded.incrementAndGet();
      finished.add(new Finished(d, result, at,
          outcomes.decide(d.attempts(), d.failingSince(), result, at)));
      endpoints.get(d.subscriptionId()).done();
      held.decrementAndGet();
      try {
        dispatch(d.subscriptionId());
      } catch (RejectedExecutionException e) {
        // stopping
      }
      if (endpoints.get(d.subscriptionId()).load() <= config.perEndpointConcurrency()) {
        wake();
      }
    }

    /**
     * Records finished attempts in batches: under load one commit covers hundreds of attempts
     * instead of one commit (and, with a durable database, one fsync) per attempt.
     */
    private void writeLoop() {
      List<Finished> batch = new ArrayList<>();
      while (running) {
        try {
          Finished first = finished.poll(200, TimeUnit.MILLISECONDS);
          if (first == null) {
            continue;
          }
          batch.add(first);
          finished.drainTo(batch, WRITE_BATCH - 1);
          record(batch);
        } catch (InterruptedException e) {
          return;
        } finally {
          unrecorded.addAndGet(-batch.size());
          if (!batch.isEmpty()) {
            batch.clear();
            wake();
          }
        }
      }
    }

    /**
     * Retries a failed write a few times (a database blip must not resend what was delivered);
     * if it still fails the rows come back after their lease and are sent again with the same
     * webhook-id, which receivers deduplicate on.
     */
    private void record(List<Finished> batch) throws InterruptedException {
      for (int attempt = 1; ; attempt++) {
        try {
          store.recordAll(batch);
          return;
        } catch (Exception e) {
          if (attempt >= 5 || !running) {
            LOG.warnf("could not record %d webhook attempts, they will be sent again after"
                + " their lease: %s", batch.size(), e.getMessage());
            return;
          }
          Thread.sleep(200L * attempt);
        }
      }
    }

    /**
     * Room freed: claim again now rather than at the next poll, or a backlog would drain at one
     * batch per poll interval. Coalesced: at most one extra claim queued.
     */
    private void wake() {
      if (wakeQueued.compareAndSet(false, true)) {
        try {
          scheduler.execute(() -> {
            wakeQueued.set(false);
            tick();
          });
        } catch (RejectedExecutionException e) {
          wakeQueued.set(false); // stopping
        }
      }
    }

    /** Claimed or in flight, per endpoint that has any. */
    private Map<String, Integer> loads() {
      Map<String, Integer> loads = new HashMap<>();
      endpoints.forEach((id, e) -> {
        int n = e.load();
        if (n > 0) {
          loads.put(id, n);
        }
      });
      return loads;
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
}
