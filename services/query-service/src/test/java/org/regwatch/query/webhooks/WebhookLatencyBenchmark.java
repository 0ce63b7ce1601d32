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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.events.EventCodec;
import org.regwatch.events.Topics;
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
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class WebhookLatencyBenchmark {

  private static final int RATE = Integer.getInteger("bench.rate", 200);
  private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
  private static final boolean HARSH = "harsh".equals(System.getProperty("bench.shape"));
  private static final int ENDPOINTS = Integer.getInteger("bench.endpoints", HARSH ? 2 : 20);

  @Inject
  AgroalDataSource dataSource;

  @Test
  void latencyFromClassificationToReceipt() throws Exception {
    Story story = new Story();
    String prefix = "Bench-" + story.run + "-J";
    int changes = RATE * SECONDS;
    List<Story.Item> items = new ArrayList<>(changes);
    for (int i = 0; i < changes; i++) {
      String jurisdiction = prefix + (HARSH ? 0 : i % ENDPOINTS);
      items.add(story.reporting("metro-wire", "2026-10-01T09:00:00Z",
          "Town " + i + " council pauses police facial recognition",
          DevelopmentKind.MORATORIUM, DevelopmentStatus.ANNOUNCED, "Town " + i + " " + story.run,
          "police use", jurisdiction, "one year", "2026-10-01"));
    }
    Map<String, Instant> published = new ConcurrentHashMap<>();
    List<Receiver> receivers = new ArrayList<>();
    try (KafkaProducer<String, byte[]> producer = producer()) {
      Receiver shared = HARSH ? new Receiver(Receiver.Reply.of(200)) : null;
      Accounts.Subscriber subscriber = Accounts.subscriber("Latency bench");
      Map<String, Integer> matchesPer = new HashMap<>();
      for (int s = 0; s < ENDPOINTS; s++) {
        Receiver r = shared != null ? shared : new Receiver(Receiver.Reply.of(200));
        if (!receivers.contains(r)) {
          receivers.add(r);
        }
        List<String> watched = HARSH ? List.of(prefix + 0)
            : s % 2 == 0 ? List.of(prefix + s, prefix + ((s + 1) % ENDPOINTS))
            : List.of(prefix + s);
        watched.forEach(w -> matchesPer.merge(w, 1, Integer::sum));
        Accounts.subscribe(subscriber, Map.of("url", r.url() + "/" + s,
            "filters", Map.of("jurisdictions", watched)));
      }
      int expected = 0;
      for (int i = 0; i < changes; i++) {
        expected += matchesPer.getOrDefault(prefix + (HARSH ? 0 : i % ENDPOINTS), 0);
      }
      EventCodec codec = new EventCodec();
      for (Story.Item item : items) {
        producer.send(new ProducerRecord<>(Topics.ARTICLES, item.id(),
            codec.encode(item.discovered())));
      }
      producer.flush();
      waitForArticles(story.run, changes);

      long start = System.nanoTime();
      long interval = 1_000_000_000L / RATE;
      for (int i = 0; i < changes; i++) {
        long due = start + i * interval;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        Story.Item item = items.get(i);
        published.put(item.id(), Instant.now());
        producer.send(new ProducerRecord<>(Topics.CLASSIFICATIONS, item.id(),
            codec.encode(item.classified())));
      }
      double sendSeconds = (System.nanoTime() - start) / 1e9;
      long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
      while (received(receivers) < expected && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }

      // the outbox row of each message: which change it is for and when the projection wrote it
      ObjectMapper json = new ObjectMapper();
      Map<String, Instant> createdAt = new HashMap<>();
      Map<String, String> articleOf = new HashMap<>();
      try (Connection c = dataSource.getConnection();
          PreparedStatement ps = c.prepareStatement("SELECT o.message_id, o.body, o.created_at"
              + " FROM webhook_outbox o JOIN subscription s"
              + " ON s.subscription_id = o.subscription_id WHERE s.subscriber_id = ?")) {
        ps.setString(1, subscriber.id());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            createdAt.put(rs.getString(1), rs.getTimestamp(3).toInstant());
            articleOf.put(rs.getString(1), json.readTree(rs.getString(2)).path("data")
                .path("sources").path(0).path("articleId").asText());
          }
        }
      }
      List<Long> toOutbox = new ArrayList<>();
      for (Map.Entry<String, Instant> e : createdAt.entrySet()) {
        Instant sent = published.get(articleOf.get(e.getKey()));
        if (sent != null) {
          toOutbox.add(Duration.between(sent, e.getValue()).toMillis());
        }
      }
      List<Long> delivery = new ArrayList<>();
      List<Long> whole = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      int duplicates = 0;
      for (Receiver r : receivers) {
        for (Receiver.Received got : r.received) {
          String id = got.headers().get("webhook-id");
          if (!seen.add(id)) {
            duplicates++;
            continue;
          }
          Instant created = createdAt.get(id);
          Instant sent = published.get(articleOf.get(id));
          if (created != null && sent != null) {
            delivery.add(Duration.between(created, got.at()).toMillis());
            whole.add(Duration.between(sent, got.at()).toMillis());
          }
        }
      }
      System.out.printf("BENCH latency shape=%s changes=%d rate=%d/s (sent in %.1f s)"
          + " endpoints=%d webhooks=%d received=%d duplicates=%d loadavg=%s%n",
          HARSH ? "harsh" : "realistic", changes, RATE, sendSeconds, ENDPOINTS, expected,
          seen.size(), duplicates, loadAverage());
      print("classification->outbox", toOutbox);
      print("outbox->receipt       ", delivery);
      print("classification->receipt", whole);
    } finally {
      receivers.forEach(Receiver::close);
    }
  }

  private static int received(List<Receiver> receivers) {
    return receivers.stream().mapToInt(r -> r.received.size()).sum();
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

  private static KafkaProducer<String, byte[]> producer() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
        ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return new KafkaProducer<>(p);
  }
}
