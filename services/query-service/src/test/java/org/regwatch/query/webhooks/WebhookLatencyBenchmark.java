package org.regwatch.query.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.events.EventCodec;
import org.regwatch.events.Topics;
import org.regwatch.query.fixtures.Producers;
import org.regwatch.query.fixtures.Story;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * Benchmark, not a test (runs only with -Dbench=true): latency from a classification event on the
 * real broker to the webhook's receipt by local receivers, at a steady {@code bench.rate}
 * changes/s (default 200) for {@code bench.seconds} (default 20). Every classification reports a
 * development of its own (a town per article), so every one is a development change. The
 * articles are published first and projected before the clock starts, as the poller publishes
 * them before the classifier classifies.
 *
 * <p>Two shapes ({@code bench.shape}):
 * <ul>
 *   <li>{@code realistic} (default): {@code bench.endpoints} subscriptions (default 20), each with
 *       a receiver of its own; change i is in jurisdiction i mod endpoints and every even
 *       subscription also watches the next jurisdiction, so a change is matched by 1 or 2
 *       subscriptions (1.5 on average: 300 webhooks/s at 200 changes/s, 15/s per endpoint);
 *   <li>{@code harsh}: every subscription (default 2) matches every change, all on ONE receiver:
 *       400 webhooks/s onto 2 endpoints, the shape of the first measurements.
 * </ul>
 * Run it with the production delivery settings ({@code -Dregwatch.webhooks.per-endpoint-
 * concurrency=4 -Dregwatch.webhooks.poll-interval=1S -Dregwatch.webhooks.lease=45S}; system
 * properties override the test profile). Prints classification -> outbox row, outbox row ->
 * receipt and the whole path, each p50/p95/p99/max; asserts nothing.
 *
 * <p>{@link #deliveryStageAlone} measures the delivery stage without the projection: it writes
 * the same outbox rows itself, at the same rate and shape, each batch committed and then the
 * worker woken as the projection's commit wakes it ({@code -Dbench.wake=false}: not woken, the
 * poll alone, as before the wake existed).
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class WebhookLatencyBenchmark {

  private static final int RATE = Integer.getInteger("bench.rate", 200);
  private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
  private static final boolean HARSH = "harsh".equals(System.getProperty("bench.shape"));
  private static final int ENDPOINTS = Integer.getInteger("bench.endpoints", HARSH ? 2 : 20);
  /** deliveryStageAlone without the commit's wake: the poll alone, as before the wake existed. */
  private static final boolean WAKE = !"false".equals(System.getProperty("bench.wake"));

  @Inject
  AgroalDataSource dataSource;

  @Inject
  DeliveryWakeup wakeup;

  /** The receivers, and which subscriptions watch each jurisdiction. */
  private record Subscribers(Accounts.Subscriber subscriber, List<Receiver> receivers,
      Map<String, List<String>> byJurisdiction) implements AutoCloseable {

    int webhooks(String prefix, int changes) {
      int n = 0;
      for (int i = 0; i < changes; i++) {
        n += byJurisdiction.getOrDefault(jurisdiction(prefix, i), List.of()).size();
      }
      return n;
    }

    int received() {
      return receivers.stream().mapToInt(r -> r.received.size()).sum();
    }

    @Override
    public void close() {
      receivers.forEach(Receiver::close);
    }
  }

  private static String jurisdiction(String prefix, int change) {
    return prefix + (HARSH ? 0 : change % ENDPOINTS);
  }

  private static Subscribers subscribe(String prefix) {
    Receiver shared = HARSH ? new Receiver(Receiver.Reply.of(200)) : null;
    List<Receiver> receivers = new ArrayList<>();
    Map<String, List<String>> byJurisdiction = new HashMap<>();
    Accounts.Subscriber subscriber = Accounts.subscriber("Latency bench");
    for (int s = 0; s < ENDPOINTS; s++) {
      Receiver r = shared != null ? shared : new Receiver(Receiver.Reply.of(200));
      if (!receivers.contains(r)) {
        receivers.add(r);
      }
      List<String> watched = HARSH ? List.of(prefix + 0)
          : s % 2 == 0 ? List.of(prefix + s, prefix + ((s + 1) % ENDPOINTS))
          : List.of(prefix + s);
      Accounts.Hook hook = Accounts.subscribe(subscriber, Map.of("url", r.url() + "/" + s,
          "filters", Map.of("jurisdictions", watched)));
      watched.forEach(w -> byJurisdiction.computeIfAbsent(w, k -> new ArrayList<>())
          .add(hook.id()));
    }
    return new Subscribers(subscriber, receivers, byJurisdiction);
  }

  @Test
  void latencyFromClassificationToReceipt() throws Exception {
    Story story = new Story();
    String prefix = "Bench-" + story.run + "-J";
    int changes = RATE * SECONDS;
    List<Story.Item> items = new ArrayList<>(changes);
    for (int i = 0; i < changes; i++) {
      items.add(story.reporting("metro-wire", "2026-10-01T09:00:00Z",
          "Town " + i + " council pauses police facial recognition",
          DevelopmentKind.MORATORIUM, DevelopmentStatus.ANNOUNCED, "Town " + i + " " + story.run,
          "police use", jurisdiction(prefix, i), "one year", "2026-10-01"));
    }
    Map<String, Instant> published = new ConcurrentHashMap<>();
    try (KafkaProducer<String, byte[]> producer = Producers.idempotent(0);
        Subscribers subs = subscribe(prefix)) {
      int expected = subs.webhooks(prefix, changes);
      EventCodec codec = new EventCodec();
      for (Story.Item item : items) {
        producer.send(new ProducerRecord<>(Topics.ARTICLES, item.id(),
            codec.encode(item.discovered())));
      }
      producer.flush();
      waitForArticles(story.run, changes);

      long start = System.nanoTime();
      for (int i = 0; i < changes; i++) {
        paceTo(start, i);
        Story.Item item = items.get(i);
        published.put(item.id(), Instant.now());
        producer.send(new ProducerRecord<>(Topics.CLASSIFICATIONS, item.id(),
            codec.encode(item.classified())));
      }
      double sendSeconds = (System.nanoTime() - start) / 1e9;
      awaitReceipts(subs, expected);

      // the outbox row of each message: which change it is for and when the projection wrote it
      ObjectMapper json = new ObjectMapper();
      Map<String, Instant> createdAt = new HashMap<>();
      Map<String, Instant> classifiedAt = new HashMap<>();
      try (Connection c = dataSource.getConnection();
          PreparedStatement ps = c.prepareStatement("SELECT o.message_id, o.body, o.created_at"
              + " FROM webhook_outbox o JOIN subscription s"
              + " ON s.subscription_id = o.subscription_id WHERE s.subscriber_id = ?")) {
        ps.setString(1, subs.subscriber().id());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Instant sent = published.get(json.readTree(rs.getString(2)).path("data")
                .path("sources").path(0).path("articleId").asText());
            if (sent != null) {
              createdAt.put(rs.getString(1), rs.getTimestamp(3).toInstant());
              classifiedAt.put(rs.getString(1), sent);
            }
          }
        }
      }
      List<Long> toOutbox = new ArrayList<>();
      createdAt.forEach((id, at) -> toOutbox.add(
          Duration.between(classifiedAt.get(id), at).toMillis()));
      Receipts receipts = receipts(subs, createdAt, classifiedAt);
      System.out.printf("BENCH latency shape=%s changes=%d rate=%d/s (sent in %.1f s)"
          + " endpoints=%d webhooks=%d received=%d duplicates=%d loadavg=%s%n",
          HARSH ? "harsh" : "realistic", changes, RATE, sendSeconds, ENDPOINTS, expected,
          receipts.distinct(), receipts.duplicates(), loadAverage());
      print("classification->outbox ", toOutbox);
      print("outbox->receipt        ", receipts.delivery());
      print("classification->receipt", receipts.whole());
      printAttempts(receipts.duplicated());
    }
  }

  /** What the service recorded for each message that arrived twice: the way to tell why. */
  private void printAttempts(Set<String> messageIds) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT attempt, at, status_code, latency_ms,"
            + " error FROM webhook_attempt WHERE message_id = ? ORDER BY attempt")) {
      for (String id : messageIds) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            System.out.printf("BENCH duplicate %s attempt %d at %s status %s latency %s ms error %s%n",
                id, rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getObject(3),
                rs.getObject(4), rs.getString(5));
          }
        }
      }
    }
  }

  @Test
  void deliveryStageAlone() throws Exception {
    String prefix = "Bench-" + new Story().run + "-J";
    int changes = RATE * SECONDS;
    OutboxRows outbox = new OutboxRows(dataSource);
    String body = "{\"type\":\"development.changed\",\"timestamp\":\"2026-10-01T09:00:00Z\","
        + "\"data\":{\"development\":{\"id\":\"dev-bench\",\"kind\":\"moratorium\","
        + "\"status\":\"announced\",\"actor\":\"Town council\"}}}";
    try (Subscribers subs = subscribe(prefix)) {
      int expected = subs.webhooks(prefix, changes);
      Map<String, Instant> createdAt = new ConcurrentHashMap<>();
      long start = System.nanoTime();
      for (int i = 0; i < changes; i++) {
        paceTo(start, i);
        // one change's rows, committed, then the wake its commit would give
        for (String sub : subs.byJurisdiction().getOrDefault(jurisdiction(prefix, i),
            List.of())) {
          Instant now = Instant.now();
          outbox.pending(sub, body, 1).forEach(id -> createdAt.put(id, now));
        }
        if (WAKE) {
          wakeup.now();
        }
      }
      double sendSeconds = (System.nanoTime() - start) / 1e9;
      awaitReceipts(subs, expected);
      Receipts receipts = receipts(subs, createdAt, createdAt);
      System.out.printf("BENCH delivery-alone wake=%s shape=%s changes=%d rate=%d/s (written in %.1f s)"
          + " endpoints=%d webhooks=%d received=%d duplicates=%d loadavg=%s%n", WAKE,
          HARSH ? "harsh" : "realistic", changes, RATE, sendSeconds, ENDPOINTS, expected,
          receipts.distinct(), receipts.duplicates(), loadAverage());
      print("outbox->receipt        ", receipts.delivery());
    }
  }

  /** Latencies of the first receipt of each message, counted once per webhook-id. */
  private record Receipts(List<Long> delivery, List<Long> whole, int distinct, int duplicates,
      Set<String> duplicated) {}

  private static Receipts receipts(Subscribers subs, Map<String, Instant> createdAt,
      Map<String, Instant> classifiedAt) {
    List<Long> delivery = new ArrayList<>();
    List<Long> whole = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int duplicates = 0;
    Set<String> duplicated = new java.util.TreeSet<>();
    for (Receiver r : subs.receivers()) {
      for (Receiver.Received got : r.received) {
        String id = got.headers().get("webhook-id");
        if (!seen.add(id)) {
          duplicates++;
          duplicated.add(id);
          continue;
        }
        Instant created = createdAt.get(id);
        if (created != null) {
          delivery.add(Duration.between(created, got.at()).toMillis());
          whole.add(Duration.between(classifiedAt.get(id), got.at()).toMillis());
        }
      }
    }
    return new Receipts(delivery, whole, seen.size(), duplicates, duplicated);
  }

  private static void paceTo(long start, int i) {
    long wait = start + i * (1_000_000_000L / RATE) - System.nanoTime();
    if (wait > 0) {
      LockSupport.parkNanos(wait);
    }
  }

  private static void awaitReceipts(Subscribers subs, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (subs.received() < expected && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }

  private static void print(String stage, List<Long> ms) {
    ms.sort(null);
    System.out.printf("BENCH latency %s n=%d p50=%d ms p95=%d ms p99=%d ms max=%d ms%n", stage,
        ms.size(), pct(ms, 50), pct(ms, 95), pct(ms, 99),
        ms.isEmpty() ? -1 : ms.get(ms.size() - 1));
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "n/a";
    }
  }

  private static long pct(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return -1;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private void waitForArticles(String run, int n) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < deadline) {
      try (Connection c = dataSource.getConnection();
          PreparedStatement ps = c.prepareStatement(
              "SELECT count(*) FROM article WHERE article_id LIKE ?")) {
        ps.setString(1, "art-" + run + "-%");
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          if (rs.getInt(1) >= n) {
            return;
          }
        }
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("articles not projected within 180 s");
  }
}
