package org.regwatch.query.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
 * real broker to the webhook's receipt by a local receiver, at a steady {@code bench.rate}
 * changes/s (default 200) for {@code bench.seconds} (default 30), each change matched by
 * {@code bench.subscriptions} subscriptions (default 2). Every classification reports a
 * development of its own (a town per article), so every one is a development change. The
 * articles are published first and projected before the clock starts, as the poller publishes
 * them before the classifier classifies. Prints p50/p95/p99/max; asserts nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class WebhookLatencyBenchmark {

  private static final int RATE = Integer.getInteger("bench.rate", 200);
  private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
  private static final int SUBSCRIPTIONS = Integer.getInteger("bench.subscriptions", 2);

  @Inject
  AgroalDataSource dataSource;

  @Test
  void latencyFromClassificationToReceipt() throws Exception {
    Story story = new Story();
    String jurisdiction = "Bench-" + story.run;
    int changes = RATE * SECONDS;
    List<Story.Item> items = new ArrayList<>(changes);
    for (int i = 0; i < changes; i++) {
      items.add(story.reporting("metro-wire", "2026-10-01T09:00:00Z",
          "Town " + i + " council pauses police facial recognition",
          DevelopmentKind.MORATORIUM, DevelopmentStatus.ANNOUNCED, "Town " + i + " " + story.run,
          "police use", jurisdiction, "one year", "2026-10-01"));
    }
    Map<String, Instant> published = new ConcurrentHashMap<>();
    try (Receiver receiver = new Receiver(Receiver.Reply.of(200));
        KafkaProducer<String, byte[]> producer = producer()) {
      Accounts.Subscriber subscriber = Accounts.subscriber("Latency bench");
      for (int s = 0; s < SUBSCRIPTIONS; s++) {
        Accounts.subscribe(subscriber, Map.of("url", receiver.url() + "/" + s,
            "filters", Map.of("jurisdictions", List.of(jurisdiction))));
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
      int expected = changes * SUBSCRIPTIONS;
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (receiver.received.size() < expected && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      List<Long> latencies = new ArrayList<>();
      ObjectMapper json = new ObjectMapper();
      for (Receiver.Received r : receiver.received) {
        String articleId = json.readTree(r.body()).path("data").path("sources").path(0)
            .path("articleId").asText();
        Instant sent = published.get(articleId);
        if (sent != null) {
          latencies.add(Duration.between(sent, r.at()).toMillis());
        }
      }
      latencies.sort(null);
      // the two stages apart: classification -> outbox row (projection, matching, commit) and
      // outbox row -> receipt (delivery)
      List<Long> toOutbox = new ArrayList<>();
      try (Connection c = dataSource.getConnection();
          PreparedStatement ps = c.prepareStatement("SELECT o.body, o.created_at FROM"
              + " webhook_outbox o JOIN subscription s ON s.subscription_id = o.subscription_id"
              + " WHERE s.subscriber_id = ?")) {
        ps.setString(1, subscriber.id());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String articleId = json.readTree(rs.getString(1)).path("data").path("sources")
                .path(0).path("articleId").asText();
            Instant sent = published.get(articleId);
            if (sent != null) {
              toOutbox.add(Duration.between(sent, rs.getTimestamp(2).toInstant()).toMillis());
            }
          }
        }
      }
      toOutbox.sort(null);
      System.out.printf("BENCH latency classification->outbox p50=%d ms p95=%d ms p99=%d ms%n",
          pct(toOutbox, 50), pct(toOutbox, 95), pct(toOutbox, 99));
      System.out.printf("BENCH latency changes=%d rate=%d/s (sent in %.1f s) subscriptions=%d"
          + " received=%d/%d p50=%d ms p95=%d ms p99=%d ms max=%d ms%n", changes, RATE,
          sendSeconds, SUBSCRIPTIONS, latencies.size(), expected, pct(latencies, 50),
          pct(latencies, 95), pct(latencies, 99),
          latencies.isEmpty() ? -1 : latencies.get(latencies.size() - 1));
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
