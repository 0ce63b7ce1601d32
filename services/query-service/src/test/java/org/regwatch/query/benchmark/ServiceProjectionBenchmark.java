package org.regwatch.query.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.regwatch.events.EventCodec;
import org.regwatch.events.Topics;
import org.regwatch.query.fixtures.Producers;
import org.regwatch.testsupport.RegwatchInfra;

/**
 * A benchmark, not a timed test (its name keeps it out of the default run): the Kafka → read model
 * figure of the service as it is shipped — the packaged jar in a process of its own with the heap
 * and JVM options {@code deploy/run} gives it ({@link PackagedQueryService}), this JVM only
 * producing the workload. {@link KafkaProjectionBenchmark} runs the service inside the test JVM
 * (512 MiB, the test's collector), which suits comparing code but not the deployed settings.
 *
 * <p>Warms the service up on workloads of its own ({@code -Dbench.warmup}, default 200,000: the
 * per-batch code reaches the JIT's top tier only after ~100,000 records), then measures
 * {@code -Dbench.rounds} workloads of {@code -Dbench.n} classifications (mix by default,
 * {@code -Dbench.shape=worst}), each after a VACUUM and after the service has gone idle. Prints
 * per round the rate, the service's and PostgreSQL's CPU and the load average. Run with
 * {@code mvn -B -o -q verify -pl services/query-service -DskipTests && mvn -B -o -q verify -pl
 * services/query-service -Dtest=ServiceProjectionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (add {@code -Dbench.service-jvm=-XX:+UseG1GC} to compare with the JVM's default collector).
 */
class ServiceProjectionBenchmark {

  private static final int WARM_CHUNK = 20_000;

  private final EventCodec codec = new EventCodec();

  @Test
  void kafkaToReadModelOfThePackagedService() throws Exception {
    int n = Integer.getInteger("bench.n", 10_000);
    int rounds = Integer.getInteger("bench.rounds", 4);
    int warmup = Integer.getInteger("bench.warmup", 200_000);
    boolean worst = "worst".equals(System.getProperty("bench.shape", "mix"));
    try (RegwatchInfra infra = RegwatchInfra.start();
        PackagedQueryService service = PackagedQueryService.start(infra,
            Path.of("target/service-projection.log"),
            List.of("-Dregwatch.moratoria.check-every=off"));
        KafkaProducer<String, byte[]> producer = Producers.idempotent(infra.bootstrapServers(),
            5)) {
      WorkloadDelivery.Connections db = () -> DriverManager.getConnection(infra.jdbcUrl(),
          infra.username(), infra.password());
      awaitSchema(db);
      long postmaster = postmaster(db);
      System.out.printf("BENCH service n=%d shape=%s warm-up %d, load %s%n", n,
          worst ? "worst" : "mix", warmup, PostgresCpu.loadAverage());
      for (int done = 0; done < warmup; done += WARM_CHUNK) {
        run(service, db, postmaster, producer,
            BenchWorkload.of("swarm", Math.min(WARM_CHUNK, warmup - done), worst));
      }
      for (int round = 1; round <= rounds; round++) {
        vacuum(db);
        BenchWorkload w = BenchWorkload.of("service", n, worst);
        System.out.println("BENCH service round " + round + ": " + run(service, db, postmaster,
            producer, w));
        assertThat(sources(db, w.prefix())).isEqualTo(w.expectedSources());
      }
    }
  }

  private String run(PackagedQueryService service, WorkloadDelivery.Connections db,
      long postmaster, KafkaProducer<String, byte[]> producer, BenchWorkload w)
      throws Exception {
    List<byte[]> articles = WorkloadDelivery.encode(codec, w.discovered());
    List<byte[]> classifications = WorkloadDelivery.encode(codec, w.classified());
    Map<Integer, String> lastArticles =
        WorkloadDelivery.send(producer, Topics.ARTICLES, w.discovered(), articles);
    WorkloadDelivery.awaitProjected(db, lastArticles.values(), "feed_id");
    long waited = service.awaitIdle(15_000);
    double serviceCpu = service.cpuSeconds();
    double pgCpu = PostgresCpu.seconds(postmaster);
    long start = System.nanoTime();
    Map<Integer, String> last = WorkloadDelivery.send(producer, Topics.CLASSIFICATIONS,
        w.classified(), classifications);
    double sent = (System.nanoTime() - start) / 1e9;
    WorkloadDelivery.awaitProjected(db, last.values(), "classification_event_id");
    double seconds = (System.nanoTime() - start) / 1e9;
    String line = String.format("%-7s %6d classifications in %5.1f s = %6.0f/s (produced in"
            + " %.1f s; waited %d ms for the service to go idle), CPU s: service %.1f +"
            + " PostgreSQL %.1f, load %s", w.name(), w.classified().size(), seconds,
        w.classified().size() / seconds, sent, waited, service.cpuSeconds() - serviceCpu,
        PostgresCpu.seconds(postmaster) - pgCpu, PostgresCpu.loadAverage());
    if (w.name().equals("swarm")) {
      System.out.println("BENCH warm-up " + line);
    }
    return line;
  }

  /** The service migrates the schema as it starts; the workload's polls need its tables. */
  private static void awaitSchema(WorkloadDelivery.Connections db) throws Exception {
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (true) {
      try (Connection c = db.open(); Statement s = c.createStatement()) {
        s.executeQuery("SELECT 1 FROM article LIMIT 1").close();
        return;
      } catch (SQLException notYet) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the service did not create its schema within 3"
              + " minutes; see target/service-projection.log", notYet);
        }
        Thread.sleep(500);
      }
    }
  }

  /** PostgreSQL's CPU in a round is the round's own, not the autovacuum the warm-up set off. */
  private static void vacuum(WorkloadDelivery.Connections db) throws SQLException {
    try (Connection c = db.open(); Statement s = c.createStatement()) {
      s.execute("VACUUM (ANALYZE)");
    }
  }

  private static int sources(WorkloadDelivery.Connections db, String prefix) throws SQLException {
    try (Connection c = db.open(); PreparedStatement ps = c.prepareStatement(
        "SELECT count(*) FROM development_source WHERE article_id LIKE ?")) {
      ps.setString(1, prefix + "%");
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** Asked while the backend still runs: it exits as soon as its connection closes. */
  private static long postmaster(WorkloadDelivery.Connections db) throws Exception {
    try (Connection c = db.open(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return PostgresCpu.parentOf(rs.getLong(1));
    }
  }
}
