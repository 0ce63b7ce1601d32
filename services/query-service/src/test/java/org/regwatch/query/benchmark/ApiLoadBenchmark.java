package org.regwatch.query.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.regwatch.events.ArticleClassified;
import org.regwatch.events.ArticleDiscovered;
import org.regwatch.events.ArticleLabels;
import org.regwatch.events.Bill;
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
import org.regwatch.query.fixtures.Producers;
import org.regwatch.testsupport.RegwatchInfra;

/**
 * A benchmark, not a test (its name keeps it out of the default run): the API's latency under load
 * from a second process on loopback. Starts a broker and PostgreSQL ({@link RegwatchInfra}), seeds
 * N realistic articles and classifications through the broker, starts the PACKAGED query service
 * ({@code target/quarkus-app}, so run after {@code verify -DskipTests}) on a free port, waits until
 * the projection has caught up, then runs {@link ApiLoadHarness} as its own JVM and prints its
 * table. Run:
 *
 * <pre>
 * mvn -B -o -q verify -pl services/query-service -DskipTests
 * mvn -B -o -q verify -pl services/query-service -Dtest=ApiLoadBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dbench.n=3000 -Dbench.clients=8 -Dbench.seconds=30
 * </pre>
 *
 * With {@code -Dbench.seed-to=localhost:9092} it only publishes the N articles to that broker (a
 * stack started by deploy/run) and returns; then point {@link ApiLoadHarness} at it.
 */
class ApiLoadBenchmark {

  private static final String[] PLACES = {"Northfield", "Bayview", "Eastport", "Westfield",
    "Lakeside", "Millbrook", "Port Alder", "Harbor County", "Springfield", "Riverton", "Oakdale",
    "Fairhaven", "Cedar Falls", "Brookline", "Marlow", "Ashford", "Kingsbridge", "Elmstead",
    "Glenwood", "Stonebridge", "Redfield", "Clearwater", "Pinecrest", "Silverton", "Hollis"};
  private static final String[] BODIES = {"City Council", "Police Department", "County Sheriff",
    "School Board", "Transit Authority"};
  private static final String[] COMPANIES = {"Amazon", "Microsoft", "IBM", "Axon", "Clearview AI",
    "Rank One", "Idemia", "NEC"};

  private final EventCodec codec = new EventCodec();

  @Test
  void apiLatencyUnderLoadFromASecondProcess() throws Exception {
    int n = Integer.getInteger("bench.n", 3000);
    int clients = Integer.getInteger("bench.clients", 8);
    int seconds = Integer.getInteger("bench.seconds", 30);
    String seedOnly = System.getProperty("bench.seed-to");
    if (seedOnly != null) {
      // Seeding helper for a running stack (deploy/run): publish and stop, start nothing.
      seed(seedOnly, n);
      System.out.printf("seeded %d articles + %d classifications into %s%n", n, n, seedOnly);
      return;
    }
    try (RegwatchInfra infra = RegwatchInfra.start()) {
      long t0 = System.nanoTime();
      seed(infra.bootstrapServers(), n);
      System.out.printf("seeded %d articles + %d classifications in %.1f s%n", n, n,
          (System.nanoTime() - t0) / 1e9);
      Path log = Path.of("target/api-load-service.log");
      Path report = Path.of("target/api-load-report.txt");
      // The hourly lapse check would fire 30 s in, amid the measurement, for the seeded
      // moratoria whose expiry passed: a one-off burst that is not API load.
      PackagedQueryService service = PackagedQueryService.start(infra, log,
          List.of("-Dregwatch.moratoria.check-every=off"));
      int port = service.port();
      try {
        t0 = System.nanoTime();
        awaitProjected(infra, n);
        System.out.printf("service on port %d projected them in %.1f s (log: %s)%n", port,
            (System.nanoTime() - t0) / 1e9, log);
        printSizes(infra);
        saveViews(port);
        // CPU time, not only latency: the machine is shared, so wall-clock figures move with the
        // other builds' load while CPU per request does not (much).
        long postmaster = postmaster(infra);
        double pgCpu0 = PostgresCpu.seconds(postmaster);
        double jvmCpu0 = service.cpuSeconds();
        String load0 = PostgresCpu.loadAverage();
        Process harness = new ProcessBuilder(PackagedQueryService.javaBin(), "-Xmx256m",
            "src/test/java/org/regwatch/query/benchmark/ApiLoadHarness.java",
            "url=http://127.0.0.1:" + port, "clients=" + clients, "seconds=" + seconds,
            "warmup=" + Integer.getInteger("bench.warmup", 10))
            .redirectErrorStream(true).redirectOutput(report.toFile()).start();
        boolean finished = harness.waitFor(seconds + 300L, TimeUnit.SECONDS);
        if (!finished) {
          harness.destroyForcibly();
        }
        double jvmCpu = service.cpuSeconds() - jvmCpu0;
        double pgCpu = PostgresCpu.seconds(postmaster) - pgCpu0;
        Files.writeString(report, String.format(java.util.Locale.ROOT,
            "CPU during warm-up + measured: service JVM %.1f s, PostgreSQL %.1f s;"
                + " load average before %s, after %s%n", jvmCpu, pgCpu, load0,
            PostgresCpu.loadAverage()), java.nio.file.StandardOpenOption.APPEND);
        // Through System.out: surefire's fork does not pass a child's inherited output on.
        System.out.println(Files.readString(report));
        if (!finished || harness.exitValue() != 0) {
          throw new IllegalStateException("harness failed; see " + report);
        }
      } finally {
        service.close();
      }
    }
  }

  /**
   * The computed views with fixed parameters, kept in target/api-load-views: the seed is
   * deterministic, so two builds' files can be compared byte for byte (same response shape and
   * content after a change to how the views are computed).
   */
  private static void saveViews(int port) throws Exception {
    Path dir = Files.createDirectories(Path.of("target/api-load-views"));
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.util.Map<String, String> views = java.util.Map.of(
        "status-board", "/api/status-board",
        "status-board-amazon", "/api/status-board?actor=amazon",
        "status-board-subject", "/api/status-board?subject=Rekognition",
        "moratoria", "/api/moratoria?asOf=2022-01-01",
        "moratoria-2020", "/api/moratoria?asOf=2020-06-30",
        "expiring", "/api/moratoria/expiring?asOf=2021-03-01&within=P6M");
    for (java.util.Map.Entry<String, String> v : views.entrySet()) {
      java.net.http.HttpResponse<byte[]> r = http.send(java.net.http.HttpRequest.newBuilder(
              java.net.URI.create("http://127.0.0.1:" + port + v.getValue())).build(),
          java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      Files.write(dir.resolve(v.getKey() + ".json"), r.body());
    }
    System.out.printf("views saved in %s%n", dir);
  }


  /** Articles as the poller and the classifier would publish them, over 2019–2024. */
  private void seed(String bootstrap, int n) throws Exception {
    Random random = new Random(42);
    try (KafkaProducer<String, byte[]> producer = Producers.idempotent(bootstrap, 10)) {
      List<Future<RecordMetadata>> sends = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Event<?>[] pair = article(i, random);
        String id = pair[0].subject();
        sends.add(producer.send(new ProducerRecord<>(Topics.ARTICLES, id, codec.encode(pair[0]))));
        sends.add(producer.send(
            new ProducerRecord<>(Topics.CLASSIFICATIONS, id, codec.encode(pair[1]))));
      }
      for (Future<RecordMetadata> f : sends) {
        f.get(60, TimeUnit.SECONDS);
      }
    }
  }

  private Event<?>[] article(int i, Random random) {
    boolean company = random.nextInt(5) == 0;
    String actor = company ? COMPANIES[random.nextInt(COMPANIES.length)]
        : PLACES[random.nextInt(PLACES.length)] + " " + BODIES[random.nextInt(BODIES.length)];
    LocalDate day = LocalDate.parse("2019-01-01").plusDays(random.nextInt(6 * 365));
    Instant published = day.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)
        .plusSeconds(random.nextInt(86_400));
    int story = random.nextInt(6);
    DevelopmentKind kind;
    DevelopmentStatus status;
    String title;
    String duration = null;
    switch (story) {
      case 0 -> {
        kind = DevelopmentKind.MORATORIUM;
        status = DevelopmentStatus.ANNOUNCED;
        duration = random.nextBoolean() ? "one year" : "90 days";
        title = actor + " pauses police use of facial recognition for " + duration;
      }
      case 1 -> {
        kind = DevelopmentKind.MORATORIUM;
        status = DevelopmentStatus.EXTENDED;
        duration = "indefinite";
        title = actor + " extends its moratorium on facial recognition indefinitely";
      }
      case 2 -> {
        kind = DevelopmentKind.LEGISLATION;
        status = DevelopmentStatus.PROPOSED;
        title = actor + " introduces " + billNumber(actor) + " to limit facial recognition by police";
      }
      case 3 -> {
        kind = DevelopmentKind.LEGISLATION;
        status = DevelopmentStatus.ENACTED;
        title = actor + " passes " + billNumber(actor) + ", a ban on government use of facial"
            + " recognition";
      }
      case 4 -> {
        kind = DevelopmentKind.ADVOCACY;
        status = DevelopmentStatus.DEMANDED;
        title = "Civil liberties groups urge " + actor + " to stop using face surveillance";
      }
      default -> {
        kind = DevelopmentKind.ENFORCEMENT;
        status = DevelopmentStatus.ANNOUNCED;
        title = "Regulator opens an inquiry into " + actor + "'s facial recognition searches";
      }
    }
    String text = title + ". The decision follows months of debate over accuracy and privacy, "
        + "and officials said the rules would be reviewed. Critics said the technology misidentifies "
        + "people of colour more often; supporters said it helps solve crimes.";
    String articleId = "art-load-" + i;
    String feedId = "feed-load-" + (i % 40);
    ArticleDiscovered discovered = ArticleDiscovered.of(articleId, feedId,
        "https://news" + (i % 40) + ".example.org/" + i, title, text, text, ContentKind.SUMMARY,
        published, Integer.toHexString(text.hashCode()), List.of("policy"));
    Development d = new Development(kind, status, true, actor, "facial recognition", null,
        "police use", null, duration, day, null, 0.8,
        List.of(new Evidence(Evidence.Field.TITLE, 0, title.length(), title)),
        kind == DevelopmentKind.LEGISLATION ? new Bill(billNumber(actor), null) : null);
    ArticleLabels labels = new ArticleLabels(true,
        kind == DevelopmentKind.MORATORIUM ? MoratoriumStatus.valueOf(status.name())
            : MoratoriumStatus.NONE,
        kind == DevelopmentKind.LEGISLATION ? LegislationStatus.valueOf(status.name())
            : LegislationStatus.NONE,
        List.of(actor), SubjectTech.FACIAL_RECOGNITION);
    ArticleClassified classified = ArticleClassified.of(articleId, "disc-" + articleId,
        discovered.contentHash(), List.of("facial-recognition@1"), labels, List.of(d), "en", "",
        false);
    Instant seen = published.plusSeconds(600);
    return new Event<?>[] {
      Event.of("disc-" + articleId, "/regwatch/feed-poller", articleId, seen, discovered),
      Event.of("cls-" + articleId, "/regwatch/classifier", articleId, seen.plusSeconds(1),
          classified)};
  }

  /**
   * One bill per legislating actor, so a proposal and its enactment land on the same tracked bill
   * (as "HB 1585" would) and {@code /api/bills} has stages to show.
   */
  private static String billNumber(String actor) {
    return "HB " + (100 + Math.floorMod(actor.hashCode(), 900));
  }

  private static void awaitProjected(RegwatchInfra infra, int n) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
    while (System.nanoTime() < deadline) {
      try {
        // the classification half is its own table since V24 (a -Dbench.jar build from before
        // it keeps it in the article row)
        boolean narrow = counts(infra,
            "SELECT (to_regclass('article_classification') IS NOT NULL)::int")[0] == 1;
        if (counts(infra, narrow
            ? "SELECT count(*) FROM article a JOIN article_classification c USING (article_id)"
                + " WHERE a.feed_id IS NOT NULL"
            : "SELECT count(*) FROM article WHERE feed_id IS NOT NULL"
                + " AND classification_time IS NOT NULL")[0] >= n) {
          return;
        }
      } catch (java.sql.SQLException e) {
        // the service has not migrated the schema yet
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException(
        "the projection did not catch up within 15 minutes; see target/api-load-service.log");
  }

  private static void printSizes(RegwatchInfra infra) throws Exception {
    long[] sizes = counts(infra, "SELECT (SELECT count(*) FROM article),"
        + " (SELECT count(*) FROM development), (SELECT count(*) FROM development_source)");
    System.out.printf("read models: %d articles, %d developments, %d sources%n", sizes[0],
        sizes[1], sizes[2]);
  }

  /** Asked while the backend still runs: it exits as soon as its connection closes. */
  private static long postmaster(RegwatchInfra infra) throws Exception {
    try (Connection c = DriverManager.getConnection(infra.jdbcUrl(), infra.username(),
            infra.password());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return PostgresCpu.parentOf(rs.getLong(1));
    }
  }

  /** The columns of a one-row query of counts. */
  private static long[] counts(RegwatchInfra infra, String sql) throws java.sql.SQLException {
    try (Connection c = DriverManager.getConnection(infra.jdbcUrl(), infra.username(),
            infra.password());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      long[] out = new long[rs.getMetaData().getColumnCount()];
      for (int i = 0; i < out.length; i++) {
        out[i] = rs.getLong(i + 1);
      }
      return out;
    }
  }
}
