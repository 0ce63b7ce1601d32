package org.regwatch.query.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.regwatch.events.EventCodec;
import org.regwatch.events.Topics;
import org.regwatch.query.fixtures.Producers;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * A benchmark, not a timed test (its name keeps it out of the default run): the Kafka → read model
 * figure. Produces the article events of a workload ({@link BenchWorkload}, mix by default) to the
 * real broker and waits until the service has projected them; then produces the workload's
 * classifications as fast as an idempotent {@code acks=all} producer sends them and measures until
 * the read model has every one of them (the last record of every partition is projected, and
 * partitions are projected in order), grouping included. Prints the rate, the CPU of this JVM
 * (service and producer) and of PostgreSQL, and the load average.
 *
 * <p>Also prints, per measured round, the CPU of each thread group (JIT, G1, the projecting
 * thread, the Kafka poll thread; see {@link ThreadCpu}). {@code -Dbench.rounds=3} measures three
 * workloads in turn, {@code -Dbench.jfr=FILE} records the measured phase with JFR.
 *
 * <p>The consumer settings are the service's; compare them by overriding on the command line,
 * e.g. {@code -Dmp.messaging.incoming.classifications.concurrency=1}. Run with
 * {@code mvn -B -o -q verify -pl services/query-service -Dtest=KafkaProjectionBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbench.n=10000}.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class KafkaProjectionBenchmark {

  @Inject
  AgroalDataSource dataSource;

  private static final int WARM_CHUNK = 20_000;

  private final EventCodec codec = new EventCodec();

  @Test
  void kafkaToReadModel() throws Exception {
    int n = Integer.getInteger("bench.n", 10_000);
    boolean worst = "worst".equals(System.getProperty("bench.shape", "mix"));
    String concurrency = ConfigProvider.getConfig()
        .getOptionalValue("mp.messaging.incoming.classifications.concurrency", String.class)
        .orElse("1");
    System.out.printf("BENCH kafka n=%d shape=%s classifications concurrency=%s, load %s%n", n,
        worst ? "worst" : "mix", concurrency, BenchCpu.loadAverage());
    try (KafkaProducer<String, byte[]> producer = Producers.idempotent(5)) {
      // the JIT compiles the service's code during the first batches: warm it on articles of
      // their own. After 4,000 the JVM still spent 3.6-4.8 CPU-s per 10,000, after 30,000 1.9.
      // Workloads are held in memory, so a long warm-up runs in chunks of at most 20,000 (one
      // workload of 100,000 ran the 512 MiB test heap out of memory). Methods called once per
      // batch of 2,000 reach the JIT's thresholds only after ~100,000 records: with 30,000 the JIT
      // still took 0.4-0.8 CPU-s per measured 10,000, much of it on such per-batch code.
      int warmup = Integer.getInteger("bench.warmup", 30_000);
      for (int done = 0; done < warmup; done += WARM_CHUNK) {
        run(producer, BenchWorkload.of("kwarm", Math.min(WARM_CHUNK, warmup - done), worst));
      }
      // -Dbench.rounds=3 measures three workloads one after the other: whether the JVM's cost
      // still falls from one to the next shows how much of it is the JIT rather than the path
      int rounds = Integer.getInteger("bench.rounds", 1);
      for (int round = 1; round <= rounds; round++) {
        settle();
        BenchWorkload w = BenchWorkload.of("kafka", n, worst);
        String line = run(producer, w);
        System.out.println("BENCH kafka summary round " + round + ": " + line);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
            "SELECT count(*) FROM development_source WHERE article_id LIKE ?")) {
          ps.setString(1, w.prefix() + "%");
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(w.expectedSources());
          }
        }
      }
    }
  }

  /**
   * Vacuums before a measured round, so that PostgreSQL's CPU in it is the round's own and not the
   * autovacuum the warm-up's writes set off (PostgreSQL took 2-4.7 CPU-s in some rounds, more
   * than the projection's own ~1). A service in production pays that too, spread over its
   * writes: this compares code, it does not hide a cost. (CHECKPOINT would need pg_checkpoint.)
   */
  private void settle() throws Exception {
    try (Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      s.execute("VACUUM (ANALYZE)");
    }
  }

  private String run(KafkaProducer<String, byte[]> producer, BenchWorkload w) throws Exception {
    List<byte[]> articles = WorkloadDelivery.encode(codec, w.discovered());
    List<byte[]> classifications = WorkloadDelivery.encode(codec, w.classified());

    Map<Integer, String> lastArticles =
        WorkloadDelivery.send(producer, Topics.ARTICLES, w.discovered(), articles);
    // what was sent is not held through the measured phase: 10,000 articles with their encoded
    // bytes are ~80 MB of the 512 MiB test heap, live data that made G1 mark every few seconds
    // at the service's expense
    articles.clear();
    w.discovered().clear();
    WorkloadDelivery.awaitProjected(dataSource::getConnection, lastArticles.values(), "feed_id");
    int count = w.classified().size();

    boolean measured = !w.name().equals("kwarm");
    long waited = measured ? ThreadCpu.awaitCompilerIdle(15_000) : 0;
    Recording recording = measured ? startRecording() : null;
    ThreadCpu threads = ThreadCpu.snapshot();
    double jvm = BenchCpu.jvmSeconds();
    double pg = BenchCpu.postgresSeconds(dataSource);
    long start = System.nanoTime();
    Map<Integer, String> last = WorkloadDelivery.send(producer, Topics.CLASSIFICATIONS,
        w.classified(), classifications);
    classifications.clear();
    w.classified().clear();
    double sent = (System.nanoTime() - start) / 1e9;
    WorkloadDelivery.awaitProjected(dataSource::getConnection, last.values(),
        "classification_event_id");
    double seconds = (System.nanoTime() - start) / 1e9;
    String line = String.format("%-6s %s classifications %6d in %5.1f s = %6.0f/s (produced in"
        + " %.1f s), CPU s: JVM %.1f + PostgreSQL %.1f, load %s", w.name(),
        w.name().equals("kwarm") ? "warm-up" : "Kafka -> read model", count,
        seconds, count / seconds, sent, BenchCpu.jvmSeconds() - jvm,
        BenchCpu.postgresSeconds(dataSource) - pg, BenchCpu.loadAverage());
    String perThread = ThreadCpu.snapshot().since(threads);
    stopRecording(recording);
    System.out.println("BENCH " + line);
    System.out.println("BENCH " + w.name() + " " + perThread + String.format(", JVM uptime %.1f s"
        + ", waited %d ms for the JIT to go idle first",
        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, waited));
    return line;
  }

  private static Recording startRecording() throws IOException {
    return JfrPhase.start();
  }

  private static void stopRecording(Recording recording) {
    JfrPhase.stop(recording);
  }
}
