package org.regwatch.query.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.regwatch.events.ArticleClassified;
import org.regwatch.events.ArticleDiscovered;
import org.regwatch.events.ArticleLabels;
import org.regwatch.events.ContentKind;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
import org.regwatch.events.Event;
import org.regwatch.events.EventCodec;
import org.regwatch.events.Evidence;
import org.regwatch.events.LegislationStatus;
import org.regwatch.events.MoratoriumStatus;
import org.regwatch.events.SubjectTech;
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
 * CPU seconds of this JVM and of PostgreSQL. Kafka is left out on purpose: this measures the
 * projection's own ceiling.
 *
 * <p>Two workloads, each on its own articles:
 * <ul>
 *   <li><b>mix</b> — what a feed looks like: 3 in 4 classifications irrelevant (no development),
 *       1 in 4 with one development, and 1 in 40 of all with a second one (a ban next to the
 *       moratorium); 200 actors over ~8 years;</li>
 *   <li><b>worst</b> — every classification reports a development (200 actors, ~100 reports
 *       each, joins and new developments both happen).</li>
 * </ul>
 * Each classification phase is followed by a replay of the same records (no change expected).
 * Run with {@code mvn -B -o -q verify -pl services/query-service -Dtest=ProjectionBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbench.n=10000}.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class ProjectionBenchmark {

  private static final int BATCH = 500;
  private static final String[] TABLES = {"article", "development", "development_source",
      "development_change", "webhook_outbox"};
  // words of the kind such articles use, so the full-text index sees a realistic number of lexemes
  private static final String[] WORDS = ("police department city council facial recognition"
      + " technology surveillance camera biometric privacy civil liberties union vote ordinance"
      + " ban moratorium vendor contract software database images accuracy bias audit federal"
      + " state lawmakers bill hearing committee testimony residents advocates officials mayor"
      + " chief spokesperson statement public safety investigation suspects identify match"
      + " system deployment pilot program review report data retention oversight board court"
      + " lawsuit judge ruling regulators agency company customers warrant requirement"
      + " transparency accountability community meeting proposal amendment schedule budget")
      .split(" ");

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
    System.out.printf("BENCH n=%d per workload, batch %d, load average %s%n", n, BATCH,
        Files.readString(Path.of("/proc/loadavg")).trim());
    Workload mix = workload("mix", n, false);
    Workload worst = workload("worst", n, true);
    List<String> summary = new ArrayList<>();
    for (Workload w : List.of(mix, worst)) {
      summary.add(project(w.discovered, articles, w.name + " article events"));
      summary.add(project(w.classified, classifications, w.name + " classifications"));
      summary.add(project(w.classified, classifications, w.name + " classifications replayed"));
      try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT development_id)"
              + " FROM development_source WHERE article_id LIKE '" + w.prefix + "%'")) {
        rs.next();
        System.out.printf("BENCH %s: %d sources in %d developments%n", w.name, rs.getInt(1),
            rs.getInt(2));
        assertThat(rs.getInt(1)).isEqualTo(w.expectedSources);
      }
    }
    summary.forEach(line -> System.out.println("BENCH summary " + line));
  }

  private record Workload(String name, String prefix, List<SourceRecord> discovered,
      List<SourceRecord> classified, int expectedSources) {}

  private Workload workload(String name, int n, boolean allRelevant) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String prefix = "bench-" + name + "-" + run + "-";
    Random random = new Random(42);
    var discovered = new ArrayList<SourceRecord>(n);
    var classified = new ArrayList<SourceRecord>(n);
    int sources = 0;
    for (int i = 0; i < n; i++) {
      String id = prefix + i;
      String actor = "Agency " + (i % 200) + " " + run;
      LocalDate day = LocalDate.parse("2020-01-01").plusDays((i / 200) * 3L % 3000);
      boolean relevant = allRelevant || i % 4 == 0;
      String title = relevant
          ? actor + " pauses police use of facial recognition for one year"
          : "Council " + (i % 300) + " reviews " + WORDS[random.nextInt(WORDS.length)] + " budget";
      String text = title + ". " + prose(random, 250);
      Instant published = day.atStartOfDay().toInstant(ZoneOffset.UTC);
      discovered.add(record(Topics.ARTICLES, id, Event.of("d-" + id, "/bench", id, published,
          ArticleDiscovered.of(id, "feed-bench-" + run, "https://bench.example.org/" + id, title,
              text, text, ContentKind.SUMMARY, published, "h" + i, List.of("bench")))));
      List<Development> developments = new ArrayList<>();
      ArticleLabels labels = ArticleLabels.IRRELEVANT;
      if (relevant) {
        Evidence evidence = new Evidence(Evidence.Field.TITLE, 0, title.length(), title);
        developments.add(new Development(DevelopmentKind.MORATORIUM, DevelopmentStatus.ANNOUNCED,
            true, actor, "facial recognition", null, "police use", null, "one year", day,
            day.plusYears(1), 0.9, List.of(evidence)));
        if (!allRelevant && i % 40 == 0) {
          developments.add(new Development(DevelopmentKind.BAN, DevelopmentStatus.ENACTED, false,
              actor, "facial recognition", null, "government use", null, null, day, null, 0.7,
              List.of(evidence)));
        }
        labels = new ArticleLabels(true, MoratoriumStatus.ANNOUNCED, LegislationStatus.NONE,
            List.of(actor), SubjectTech.FACIAL_RECOGNITION);
      }
      sources += developments.size();
      classified.add(record(Topics.CLASSIFICATIONS, id, Event.of("c-" + id, "/bench", id,
          published.plusSeconds(5), ArticleClassified.of(id, "d-" + id, "h" + i,
              List.of("facial-recognition@1"), labels, developments, "en", "", false))));
    }
    return new Workload(name, prefix, discovered, classified, sources);
  }

  private static String prose(Random random, int words) {
    StringBuilder out = new StringBuilder();
    for (int w = 0; w < words; w++) {
      out.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
    }
    return out.toString();
  }

  private String project(List<SourceRecord> records,
      BatchProjector projector, String label) throws SQLException, IOException {
    long xid = currentXid();
    double jvmCpu = jvmCpuSeconds();
    double pgCpu = postgresCpuSeconds();
    long start = System.nanoTime();
    for (int i = 0; i < records.size(); i += BATCH) {
      pipeline.process(records.subList(i, Math.min(records.size(), i + BATCH)), projector);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double jvm = jvmCpuSeconds() - jvmCpu;
    double pg = postgresCpuSeconds() - pgCpu;
    long rows = rowsWrittenSince(xid);
    String line = String.format("%-34s %6d in %5.1f s = %6.0f/s, rows written %7d = %6.0f/s,"
        + " CPU s: JVM %.1f + PostgreSQL %.1f", label, records.size(), seconds,
        records.size() / seconds, rows, rows / seconds, jvm, pg);
    System.out.println("BENCH " + line);
    return line;
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

  private static double jvmCpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
  }

  /** CPU of the postmaster, its live children and its reaped children (from /proc). */
  private double postgresCpuSeconds() throws SQLException, IOException {
    long backend;
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      backend = rs.getLong(1);
    }
    long postmaster = Long.parseLong(stat(backend)[3]);
    String[] main = stat(postmaster);
    long ticks = Long.parseLong(main[13]) + Long.parseLong(main[14]) + Long.parseLong(main[15])
        + Long.parseLong(main[16]);
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try {
          String[] f = stat(Long.parseLong(p.getFileName().toString()));
          if (Long.parseLong(f[3]) == postmaster) {
            ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
          }
        } catch (IOException gone) {
          // a process that ended meanwhile
        }
      }
    }
    return ticks / 100.0;
  }

  /** Fields of /proc/pid/stat, numbered from 0, after the command name (which may hold blanks). */
  private static String[] stat(long pid) throws IOException {
    String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] rest = s.substring(s.lastIndexOf(')') + 2).split(" ");
    String[] out = new String[rest.length + 2];
    out[0] = Long.toString(pid);
    out[1] = "comm";
    System.arraycopy(rest, 0, out, 2, rest.length);
    return out;
  }

  private SourceRecord record(String topic, String key,
      Event<?> event) {
    return new SourceRecord(topic, 0, 0, key, codec.encode(event));
  }
}
