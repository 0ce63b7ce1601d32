package org.regwatch.query.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.regwatch.events.Event;
import org.regwatch.events.EventCodec;
import org.regwatch.events.Topics;
import org.regwatch.query.articles.ArticleProjector;
import org.regwatch.query.articles.ClassificationProjector;
import org.regwatch.query.projection.BatchProjector;
import org.regwatch.query.projection.ProjectionPipeline;
import org.regwatch.query.projection.SourceRecord;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * A benchmark, not a timed test (its name keeps it out of the default run): projects article and
 * classification records through the real pipeline (decode, batched upserts, development
 * grouping, one transaction per batch of 500) into the real PostgreSQL, and prints per phase the
 * rate, the rows written per second (row versions the phase left in the read-model tables) and the
 * CPU seconds of this JVM (and of the projecting thread alone) and of PostgreSQL. Kafka is left
 * out on purpose: this measures the projection's own ceiling ({@link KafkaProjectionBenchmark}
 * measures through the broker).
 *
 * <p>Two workloads ({@link BenchWorkload}: mix and worst), each on its own articles, after a
 * warm-up on articles of their own. Each classification phase is followed by a replay of the same
 * records (no change expected). Run with {@code mvn -B -o -q verify -pl services/query-service
 * -Dtest=ProjectionBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.n=10000}.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class ProjectionBenchmark {

  /**
   * Records per transaction: the channels' {@code max.poll.records} (500). {@code -Dbench.batch}
   * measures another size: each batch re-reads the grouping window around its reports, so the
   * size changes the grouping's reads per report.
   */
  private final int batch = Integer.getInteger("bench.batch", 500);
  private static final String[] TABLES = {"article", "article_classification", "development",
      "development_source", "development_change", "webhook_outbox"};

  @Inject
  ProjectionPipeline pipeline;

  @Inject
  ArticleProjector articles;

  @Inject
  ClassificationProjector classifications;

  @Inject
  AgroalDataSource dataSource;

  private final EventCodec codec = new EventCodec();

  @Test
  void projectionThroughput() throws Exception {
    int n = Integer.getInteger("bench.n", 10_000);
    System.out.printf("BENCH n=%d per workload, batch %d, load average %s%n", n, batch,
        BenchCpu.loadAverage());
    // The JIT compiles the projection's code during the first phases that run it: measured cold,
    // the first classification phase spent over a second of its JVM CPU in the compiler threads
    // (JFR CompilerStatistics). A service projects for hours, so warm up on articles of their
    // own first (-Dbench.warmup=0 measures cold), and print the projecting thread's own CPU.
    int warmup = Integer.getInteger("bench.warmup", 4_000);
    if (warmup > 0) {
      for (BenchWorkload w : List.of(BenchWorkload.of("warmup-mix", warmup, false),
          BenchWorkload.of("warmup-worst", warmup, true))) {
        runPhases(w);
      }
    }
    List<String> summary = new ArrayList<>();
    for (BenchWorkload w : List.of(BenchWorkload.of("mix", n, false),
        BenchWorkload.of("worst", n, true))) {
      summary.addAll(runPhases(w));
      try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT development_id)"
              + " FROM development_source WHERE article_id LIKE '" + w.prefix() + "%'")) {
        rs.next();
        System.out.printf("BENCH %s: %d sources in %d developments%n", w.name(), rs.getInt(1),
            rs.getInt(2));
        assertThat(rs.getInt(1)).isEqualTo(w.expectedSources());
      }
    }
    summary.forEach(line -> System.out.println("BENCH summary " + line));
    System.out.println("BENCH load average after " + BenchCpu.loadAverage());
  }

  private List<String> runPhases(BenchWorkload w) throws SQLException, IOException {
    List<SourceRecord> discovered = records(Topics.ARTICLES, w.discovered());
    List<SourceRecord> classified = records(Topics.CLASSIFICATIONS, w.classified());
    return List.of(project(discovered, articles, w.name() + " article events"),
        project(classified, classifications, w.name() + " classifications"),
        project(classified, classifications, w.name() + " classifications replayed"));
  }

  private String project(List<SourceRecord> records,
      BatchProjector projector, String label) throws SQLException, IOException {
    long xid = currentXid();
    Recording recording = startRecording(label);
    double jvmCpu = BenchCpu.jvmSeconds();
    double thread = BenchCpu.threadSeconds();
    double pgCpu = BenchCpu.postgresSeconds(dataSource);
    long start = System.nanoTime();
    for (int i = 0; i < records.size(); i += batch) {
      pipeline.process(records.subList(i, Math.min(records.size(), i + batch)), projector);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double jvm = BenchCpu.jvmSeconds() - jvmCpu;
    double projecting = BenchCpu.threadSeconds() - thread;
    double pg = BenchCpu.postgresSeconds(dataSource) - pgCpu;
    stopRecording(recording);
    long rows = rowsWrittenSince(xid);
    String line = String.format("%-40s %6d in %5.1f s = %6.0f/s, rows written %7d = %6.0f/s,"
        + " CPU s: JVM %.1f (projecting thread %.1f) + PostgreSQL %.1f", label, records.size(),
        seconds, records.size() / seconds, rows, rows / seconds, jvm, projecting, pg);
    System.out.println("BENCH " + line);
    return line;
  }

  /** Records the mix classifications phase alone (the phase the target is about). */
  private static Recording startRecording(String label) throws IOException {
    return label.equals("mix classifications") ? JfrPhase.start() : null;
  }

  private static void stopRecording(Recording recording) {
    JfrPhase.stop(recording);
  }

  private long currentXid() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_current_xact_id()::text::bigint")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Row versions written by transactions after {@code xid} (inserted or updated, still live). */
  private long rowsWrittenSince(long xid) throws SQLException {
    long total = 0;
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table
            + " WHERE xmin::text::bigint > " + xid)) {
          rs.next();
          total += rs.getLong(1);
        }
      }
    }
    return total;
  }

  private List<SourceRecord> records(String topic, List<? extends Event<?>> events) {
    List<SourceRecord> out = new ArrayList<>(events.size());
    for (Event<?> e : events) {
      out.add(new SourceRecord(topic, 0, 0, e.subject(), codec.encode(e)));
    }
    return out;
  }
}
