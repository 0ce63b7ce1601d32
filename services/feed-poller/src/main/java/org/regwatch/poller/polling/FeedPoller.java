package org.regwatch.poller.polling;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import org.regwatch.events.FeedRegistered;
import org.regwatch.poller.PollerConfig;
import org.regwatch.poller.feeds.FeedEntry;
import org.regwatch.poller.feeds.FeedRegistry;
import org.regwatch.poller.items.ArticleEvents;
import org.regwatch.poller.items.ArticlePublisher;
import org.regwatch.poller.items.Hashes;
import org.regwatch.poller.items.SeenState;
import org.regwatch.poller.parsing.FeedParseException;
import org.regwatch.poller.parsing.FeedParser;
import org.regwatch.poller.parsing.ParsedFeed;
import org.regwatch.poller.websub.WebSubManager;

/**
 * One poll of one feed: conditional GET, skip an unchanged body before parsing, parse, decide the
 * article events, publish them (acknowledged), and only then advance the feed's validators and
 * schedule. Every failure ends as an error kind and message in the feed's state, never as an
 * exception escaping the worker.
 */
@ApplicationScoped
public class FeedPoller {

  private static final Logger LOG = Logger.getLogger(FeedPoller.class);

  private final FeedFetcher fetcher;
  private final FeedParser parser = new FeedParser();
  private final SeenState seenState;
  private final ArticlePublisher publisher;
  private final FeedRegistry registry;
  private final FullTextFetcher fullText;
  private final PollerConfig.Schedule schedule;
  private final MeterRegistry meters;
  private final Timer fetchLatency;
  private final Counter itemsDiscovered;
  private final Counter bytesFetched;
  private final PollStates states;
  private final WebSubManager websub;

  public FeedPoller(FeedFetcher fetcher, SeenState seenState, ArticlePublisher publisher,
      FeedRegistry registry, PollerConfig config, MeterRegistry meters, PollStates states,
      FullTextFetcher fullText, WebSubManager websub) {
    this.fullText = fullText;
    this.states = states;
    this.websub = websub;
    this.fetcher = fetcher;
    this.seenState = seenState;
    this.publisher = publisher;
    this.registry = registry;
    this.schedule = config.schedule();
    this.meters = meters;
    this.fetchLatency = Timer.builder("regwatch.poller.fetch.latency")
        .description("time to fetch a feed document, redirects included")
        .publishPercentileHistogram()
        .register(meters);
    this.itemsDiscovered = Counter.builder("regwatch.poller.articles.published")
        .description("ArticleDiscovered and ArticleRevised events acknowledged by the broker")
        .register(meters);
    this.bytesFetched = Counter.builder("regwatch.poller.bytes.fetched")
        .description("bytes received on the wire").baseUnit("bytes").register(meters);
    meters.gauge("regwatch.poller.feeds.unhealthy", states, PollStates::unhealthyCount);
  }

  void poll(FeedEntry entry, FeedPollState state) {
    FeedRegistered feed = entry.feed();
    Instant started = Instant.now();
    // While a WebSub subscription is live the feed is still polled, only less often.
    Duration interval = websub.pollInterval(feed.feedId(), Duration.ofSeconds(feed.pollIntervalSeconds()));
    String outcome;
    state.processing.lock();
    synchronized (state) {
      state.lastAttempt = started;
      state.polls++;
    }
    try {
      long t0 = System.nanoTime();
      FetchResult result;
      try {
        result = fetcher.fetch(feed.url(), state.etag, state.lastModified);
      } finally {
        fetchLatency.record(Duration.ofNanos(System.nanoTime() - t0));
      }
      bytesFetched.increment(result.wireBytes());
      if (result.movedTo() != null) {
        moveFeed(entry, result.movedTo());
      }
      if (result.notModified()) {
        succeed(state, result, null, null, 0, interval);
        outcome = "not_modified";
      } else if (result.status() >= 200 && result.status() < 300) {
        String bodyHash = Hashes.sha256Hex(result.body(), 32);
        if (bodyHash.equals(state.lastBodyHash)) {
          // Servers without validators: an identical body needs no parse.
          discoverHub(entry, result);
          succeed(state, result, bodyHash, null, 0, interval);
          outcome = "unchanged";
        } else {
          ParsedFeed parsed = parser.parse(result.body(), result.contentType(), feed.url());
          List<ArticleEvents.Pending> pending =
              ArticleEvents.decide(feed, parsed.items(), seenState::get, Instant.now());
          if (feed.fullText()) {
            pending = fullText.enrich(pending);
          }
          publisher.publish(pending);
          itemsDiscovered.increment(pending.size());
          discoverHub(entry, result);
          succeed(state, result, bodyHash, parsed, pending.size(), interval);
          outcome = pending.isEmpty() ? "no_new_items" : "new_items";
        }
      } else {
        fail(state, "http_status", "HTTP " + result.status(), result.status(), result.retryAfter(), interval);
        outcome = "http_error";
      }
    } catch (FetchException e) {
      fail(state, e.kind(), e.getMessage(), null, null, interval);
      outcome = "fetch_error";
    } catch (FeedParseException e) {
      fail(state, e.kind(), e.getMessage(), 200, null, interval);
      outcome = "parse_error";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(state, "interrupted", "poll interrupted (shutting down)", null, null, interval);
      outcome = "interrupted";
    } catch (Exception e) {
      // The broker did not acknowledge: validators do not advance, so the next poll re-fetches.
      LOG.warnf("publishing the items of %s failed: %s", feed.feedId(), e);
      fail(state, "publish_failed", "Kafka did not acknowledge the article events: " + e, null, null, interval);
      outcome = "publish_error";
    } finally {
      state.processing.unlock();
    }
    meters.counter("regwatch.poller.polls", "outcome", outcome).increment();
  }

  /**
   * A document a WebSub hub pushed: the same parser, limits, dedup and publishing as a polled
   * one. It does not touch the feed's validators or schedule (a push may carry only new entries).
   */
  public PushResult receivePush(FeedEntry entry, byte[] body, String contentType) {
    FeedPollState state = states.find(entry.id()).orElse(null);
    if (state == null) {
      return new PushResult(PushResult.Outcome.NOT_OWNED, 0, "not polled by this instance");
    }
    FeedRegistered feed = entry.feed();
    state.processing.lock();
    try {
      ParsedFeed parsed = parser.parse(body, contentType, feed.url());
      List<ArticleEvents.Pending> pending =
          ArticleEvents.decide(feed, parsed.items(), seenState::get, Instant.now());
      if (feed.fullText()) {
        pending = fullText.enrich(pending);
      }
      publisher.publish(pending);
      itemsDiscovered.increment(pending.size());
      synchronized (state) {
        state.articlesPublished += pending.size();
        state.format = parsed.format();
      }
      return new PushResult(PushResult.Outcome.PUBLISHED, pending.size(), null);
    } catch (FeedParseException e) {
      return new PushResult(PushResult.Outcome.UNUSABLE, 0, e.kind() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new PushResult(PushResult.Outcome.PUBLISH_FAILED, 0, "interrupted (shutting down)");
    } catch (Exception e) {
      LOG.warnf("publishing the pushed items of %s failed: %s", feed.feedId(), e);
      return new PushResult(PushResult.Outcome.PUBLISH_FAILED, 0,
          "Kafka did not acknowledge the article events: " + e);
    } finally {
      state.processing.unlock();
    }
  }

  /** A failing hub must never fail the poll that found it. */
  private void discoverHub(FeedEntry entry, FetchResult result) throws InterruptedException {
    try {
      websub.afterFetch(entry, result);
    } catch (RuntimeException e) {
      LOG.warnf("WebSub discovery for %s failed: %s", entry.id(), e);
    }
  }

  private void moveFeed(FeedEntry entry, String newUrl) {
    try {
      registry.moveUrl(entry, newUrl);
      LOG.infof("feed %s moved permanently: %s -> %s", entry.id(), entry.feed().url(), newUrl);
    } catch (RuntimeException e) {
      LOG.warnf("could not record the move of %s to %s: %s", entry.id(), newUrl, e.getMessage());
    }
  }

  private void succeed(FeedPollState state, FetchResult result, String bodyHash, ParsedFeed parsed,
      int published, Duration interval) {
    synchronized (state) {
      Instant now = Instant.now();
      state.lastSuccess = now;
      state.httpStatus = result.status();
      state.errorKind = null;
      state.errorMessage = null;
      state.consecutiveFailures = 0;
      if (result.etag() != null) {
        state.etag = result.etag();
      }
      if (result.lastModified() != null) {
        state.lastModified = result.lastModified();
      }
      if (bodyHash != null) {
        state.lastBodyHash = bodyHash;
      }
      if (parsed != null) {
        state.itemsSeen = parsed.items().size();
        state.format = parsed.format();
      }
      state.articlesPublished += published;
      Integer ttl = parsed == null ? null : parsed.ttlMinutes();
      state.nextPoll = now.plus(Backoff.afterSuccess(interval, ttl, result.maxAge(),
          schedule.backoffCap(), schedule.jitter()));
    }
  }

  private void fail(FeedPollState state, String kind, String message, Integer status,
      Duration retryAfter, Duration interval) {
    synchronized (state) {
      state.httpStatus = status;
      state.errorKind = kind;
      state.errorMessage = message;
      state.consecutiveFailures++;
      state.nextPoll = Instant.now().plus(Backoff.afterFailure(interval, state.consecutiveFailures,
          retryAfter, schedule.backoffCap(), schedule.jitter()));
    }
  }
}
