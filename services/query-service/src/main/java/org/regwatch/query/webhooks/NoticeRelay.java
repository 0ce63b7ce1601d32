package org.regwatch.query.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.regwatch.events.Event;
import org.regwatch.events.EventCodec;
import org.regwatch.events.SubscriptionDisabled;

/**
 * Publishes the subscription notices that {@link EndpointDisabler} wrote (in the transaction that
 * disabled the endpoint) as {@link SubscriptionDisabled} events, keyed by subscription id. A
 * notice is marked published only after the broker acknowledged it (acks=all, idempotent
 * producer), in the transaction that holds its row lock: a crash before that mark publishes it
 * again with the same event id (the notice id), never loses it, and two instances never relay
 * the same notice at once ({@code SKIP LOCKED}).
 *
 * <p>Woken after a disabling commits; a timer ({@code notice-relay-interval}) retries what a
 * broker outage left unpublished.
 */
@ApplicationScoped
public class NoticeRelay {

  /** Outgoing to {@code regwatch.subscription-notices}: acks=all, idempotent, awaited. */
  public static final String CHANNEL = "subscription-notices-out";

  static final String SOURCE = "/regwatch/query-service";
  private static final Logger LOG = Logger.getLogger(NoticeRelay.class);
  private static final int BATCH = 100;

  private final AgroalDataSource dataSource;
  private final MutinyEmitter<byte[]> emitter;
  private final EventCodec codec;
  private final ObjectMapper json;
  private final WebhooksConfig config;
  private final AtomicBoolean wakeQueued = new AtomicBoolean();
  private volatile ScheduledExecutorService scheduler;

  public NoticeRelay(AgroalDataSource dataSource, @Channel(CHANNEL) MutinyEmitter<byte[]> emitter,
      EventCodec codec, ObjectMapper json, WebhooksConfig config) {
    this.dataSource = dataSource;
    this.emitter = emitter;
    this.codec = codec;
    this.json = json;
    this.config = config;
  }

  void onStart(@Observes StartupEvent event) {
    ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "notice-relay");
      t.setDaemon(true);
      return t;
    });
    long every = config.noticeRelayInterval().toMillis();
    // the first run publishes what a previous life left unpublished
    s.scheduleWithFixedDelay(this::relaySafely, 0, every, TimeUnit.MILLISECONDS);
    scheduler = s;
  }

  void onStop(@Observes ShutdownEvent event) {
    ScheduledExecutorService s = scheduler;
    if (s != null) {
      s.shutdownNow();
    }
  }

  /** A disabling committed: relay now rather than at the next timer run. Coalesced. */
  public void wake() {
    ScheduledExecutorService s = scheduler;
    if (s != null && wakeQueued.compareAndSet(false, true)) {
      try {
        s.execute(() -> {
          wakeQueued.set(false);
          relaySafely();
        });
      } catch (RejectedExecutionException e) {
        wakeQueued.set(false); // stopping; the next life relays it
      }
    }
  }

  private void relaySafely() {
    try {
      relay();
    } catch (Exception e) {
      // broker or database down: the rows stay unpublished and the timer tries again
      LOG.warnf("relaying subscription notices failed, will retry: %s", e.getMessage());
    }
  }

  /** Publishes every unpublished notice, oldest first; returns how many. */
  int relay() throws SQLException {
    int published = 0;
    while (true) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        try {
          List<Event<SubscriptionDisabled>> batch = lockUnpublished(c);
          for (Event<SubscriptionDisabled> e : batch) {
            emitter.sendMessageAndAwait(Message.of(codec.encode(e)).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(e.subject()).build()));
          }
          markPublished(c, batch);
          c.commit();
          published += batch.size();
          if (batch.size() < BATCH) {
            return published;
          }
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        }
      }
    }
  }

  private List<Event<SubscriptionDisabled>> lockUnpublished(Connection c) throws SQLException {
    List<Event<SubscriptionDisabled>> events = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT n.notice_id, n.subscription_id, s.subscriber_id, n.at, n.body::text"
            + " FROM subscription_notice n LEFT JOIN subscription s"
            + " ON s.subscription_id = n.subscription_id"
            + " WHERE n.published_at IS NULL AND n.type = ?"
            + " ORDER BY n.at, n.notice_id LIMIT ? FOR UPDATE OF n SKIP LOCKED")) {
      ps.setString(1, EndpointDisabler.DISABLED);
      ps.setInt(2, BATCH);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Instant at = rs.getTimestamp(4).toInstant();
          JsonNode data = data(rs.getString(5));
          String since = data.path("failingSince").asText(null);
          SubscriptionDisabled d = SubscriptionDisabled.of(rs.getString(2), rs.getString(3),
              data.path("url").asText(), data.path("reason").asText(),
              since == null ? null : Instant.parse(since), at);
          // the notice id as event id: a relay repeated after a crash is the same event
          events.add(Event.of(rs.getString(1), SOURCE, d.subscriptionId(), at, d));
        }
      }
    }
    return events;
  }

  private JsonNode data(String body) throws SQLException {
    try {
      return json.readTree(body).path("data");
    } catch (IOException e) {
      throw new SQLException("a stored notice is not JSON", e);
    }
  }

  private static void markPublished(Connection c, List<Event<SubscriptionDisabled>> batch)
      throws SQLException {
    if (batch.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE subscription_notice SET published_at = now() WHERE notice_id = ANY(?)")) {
      ps.setArray(1, c.createArrayOf("text", batch.stream().map(Event::id).toArray()));
      ps.executeUpdate();
    }
  }
}
