package org.regwatch.poller.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.regwatch.events.Event;
import org.regwatch.events.EventCodec;
import org.regwatch.events.EventData;
import org.regwatch.events.FeedRegistered;
import org.regwatch.events.FeedRemoved;
import org.regwatch.events.Topics;
import org.regwatch.poller.PollerConfig;
import org.regwatch.poller.kafka.KafkaClients;

/**
 * Writes registry changes as events on the compacted feeds topic, keyed by feed id, waits for the
 * broker's acknowledgement, then for the {@link RegistryView} to have read the record back, so a
 * client that reads right after its write sees it.
 */
@ApplicationScoped
public class FeedRegistry {

  public static final String SOURCE = "/regwatch/feed-poller";

  private final KafkaClients clients;
  private final RegistryView view;
  private final EventCodec codec = new EventCodec();
  private final Duration timeout;

  public FeedRegistry(KafkaClients clients, RegistryView view, PollerConfig config) {
    this.clients = clients;
    this.view = view;
    this.timeout = config.registry().writeTimeout();
  }

  /** The outcome of a registration: the feed, and whether this call created it. */
  public record Registration(FeedEntry entry, boolean created) {}

  /** Registers a validated feed unless its URL (or its would-be id) is already registered. */
  public Registration registerIfNew(FeedValidator.ValidFeed valid) {
    String normalized = FeedUrls.normalize(valid.url());
    var known = view.findByUrl(normalized).or(() -> view.find(FeedUrls.idFor(valid.url())));
    if (known.isPresent()) {
      return new Registration(known.get(), false);
    }
    String id = FeedUrls.idFor(valid.url());
    return new Registration(put(FeedRegistered.of(id, valid.url(), valid.title(), valid.tags(),
        valid.pollIntervalSeconds(), valid.fullText(), false)), true);
  }

  public FeedEntry put(FeedRegistered feed) {
    publish(feed.feedId(), feed);
    return view.find(feed.feedId())
        .orElseThrow(() -> new ProblemException(503, "Registry unavailable",
            "feed " + feed.feedId() + " was written but is not visible"));
  }

  public void remove(String feedId, String reason) {
    publish(feedId, FeedRemoved.of(feedId, reason));
  }

  /** A permanent redirect moves the feed; its id stays. */
  public void moveUrl(FeedEntry entry, String newUrl) {
    FeedRegistered f = entry.feed();
    put(FeedRegistered.of(f.feedId(), newUrl, f.title(), f.tags(), f.pollIntervalSeconds(),
        f.fullText(), f.paused()));
  }

  private void publish(String feedId, EventData data) {
    Event<?> event = Event.of(UUID.randomUUID().toString(), SOURCE, feedId, Instant.now(), data);
    try {
      RecordMetadata ack = clients.producer()
          .send(new ProducerRecord<>(Topics.FEEDS, feedId, codec.encode(event)))
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!view.awaitHandled(ack.partition(), ack.offset(), timeout)) {
        throw new ProblemException(503, "Registry unavailable",
            "the change was stored but the registry view has not caught up yet; retry the read");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProblemException(503, "Registry unavailable", "interrupted");
    } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
      Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
      throw new ProblemException(503, "Registry unavailable",
          "Kafka did not acknowledge the change at " + clients.bootstrapServers() + ": " + cause);
    }
  }
}
