package org.regwatch.query.webhooks;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * Benchmark, not a test (runs only with -Dbench=true): deliveries per second from the outbox to a
 * local receiver, over {@code bench.endpoints} endpoints (default 8), with the configured
 * per-endpoint limit (tests: 2; -Dregwatch.webhooks.per-endpoint-concurrency=4 for production's).
 * Prints the figure; asserts nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class DeliveryBenchmark {

  private static final int ENDPOINTS = Integer.getInteger("bench.endpoints", 8);
  private static final int MESSAGES = Integer.getInteger("bench.messages", 5_000);

  @Inject
  AgroalDataSource dataSource;

  @Test
  void deliveriesPerSecondToALocalReceiver() throws Exception {
    Accounts.Subscriber subscriber = Accounts.subscriber("Benchmark");
    try (Receiver receiver = new Receiver(Receiver.Reply.of(200))) {
      List<String> hooks = new ArrayList<>();
      for (int i = 0; i < ENDPOINTS; i++) {
        hooks.add(Accounts.subscribe(subscriber, receiver.url() + "/" + i).id());
      }
      String body = "{\"type\":\"development.changed\",\"timestamp\":\"2021-05-18T16:00:07Z\","
          + "\"data\":{\"development\":{\"id\":\"dev-bench\",\"kind\":\"moratorium\"}}}";
      // written due in the future, then released at once, so the clock starts with all due
      Timestamp later = Timestamp.from(Instant.now().plusSeconds(3600));
      try (Connection c = dataSource.getConnection();
          PreparedStatement ps = c.prepareStatement(
              "INSERT INTO webhook_outbox (message_id, subscription_id, development_id,"
                  + " development_version, event_type, body, created_at, state, next_attempt_at)"
                  + " VALUES (?, ?, ?, 1, 'development.changed', ?, now(), 'pending', ?)")) {
        for (int i = 0; i < MESSAGES; i++) {
          ps.setString(1, "msg_bench_" + i + "_" + System.nanoTime());
          ps.setString(2, hooks.get(i % ENDPOINTS));
          ps.setString(3, "dev-bench-" + i);
          ps.setString(4, body);
          ps.setTimestamp(5, later);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long cpuStart = os.getProcessCpuTime();
      long start = System.nanoTime();
      try (Connection c = dataSource.getConnection();
          PreparedStatement ps = c.prepareStatement("UPDATE webhook_outbox SET next_attempt_at"
              + " = now() WHERE subscription_id = ANY(?) AND state = 'pending'")) {
        ps.setArray(1, c.createArrayOf("varchar", hooks.toArray()));
        ps.executeUpdate();
      }
      while (receiver.received.size() < MESSAGES) {
        Thread.sleep(20);
        if ((System.nanoTime() - start) / 1e9 > 300) {
          break;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      // CPU this JVM (sender, the receiver in the same JVM, JDBC client) spent per delivery: on a
      // shared machine the wall-clock rate is bounded by the CPU share this JVM gets
      double cpuMsPerDelivery = (os.getProcessCpuTime() - cpuStart) / 1e6
          / Math.max(1, receiver.received.size());
      System.out.printf("BENCH cpu per delivery=%.2f ms (sender+receiver JVM), load average"
          + " %.1f%n", cpuMsPerDelivery, os.getSystemLoadAverage());
      System.out.printf("BENCH deliveries=%d endpoints=%d time=%.2f s rate=%.0f/s%n",
          receiver.received.size(), ENDPOINTS, seconds, receiver.received.size() / seconds);
      // where the time goes: the HTTP round trip as the sender measured it (request written to
      // response read), against the time per delivery per concurrent slot
      try (Connection c = dataSource.getConnection();
          PreparedStatement ps = c.prepareStatement("SELECT avg(a.latency_ms),"
              + " percentile_cont(0.99) WITHIN GROUP (ORDER BY a.latency_ms), count(*)"
              + " FROM webhook_attempt a JOIN webhook_outbox o ON o.message_id = a.message_id"
              + " WHERE o.subscription_id = ANY(?)")) {
        ps.setArray(1, c.createArrayOf("varchar", hooks.toArray()));
        try (java.sql.ResultSet rs = ps.executeQuery()) {
          rs.next();
          System.out.printf("BENCH http round trip avg=%.1f ms p99=%.0f ms attempts=%d%n",
              rs.getDouble(1), rs.getDouble(2), rs.getInt(3));
        }
      }
    }
  }
}
