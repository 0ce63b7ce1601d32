package org.regwatch.query.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.regwatch.events.ArticleClassified;
import org.regwatch.events.ArticleDiscovered;
import org.regwatch.events.ArticleLabels;
import org.regwatch.events.ArticleRevised;
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
import org.regwatch.query.rebuild.RebuildStatus;
import org.regwatch.query.rebuild.Rebuilder;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * A benchmark, not a timed test (its name keeps it out of the default run): writes a realistic
 * event log into the real broker — per article a discovery, one in ten revised, and a
 * classification; one in four relevant with one development among 400 actors × 3 kinds over six
 * years — then times a full rebuild (replay from offset 0 into fresh tables, swap) and prints
 * events/s and the extrapolated time for 1,000,000 events. The live channels of this run read
 * other topics, so the rebuild has the machine (and the tables) to itself. Run with
 * {@code mvn -B -o verify -pl services/query-service -Dtest=RebuildBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbench.articles=50000}.
 */
@QuarkusTest
@TestProfile(RebuildBenchmark.LiveChannelsElsewhere.class)
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class RebuildBenchmark {

  /** Keeps the live projection off the benchmark's events. */
  public static class LiveChannelsElsewhere implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "mp.messaging.incoming.articles.topic", "regwatch.bench-idle-articles",
          "mp.messaging.incoming.classifications.topic", "regwatch.bench-idle-classifications");
    }
  }

  private static final DevelopmentKind[] KINDS =
      {DevelopmentKind.MORATORIUM, DevelopmentKind.LEGISLATION, DevelopmentKind.BAN};
  private static final DevelopmentStatus[][] STATUSES = {
      {DevelopmentStatus.ANNOUNCED, DevelopmentStatus.EXTENDED},
      {DevelopmentStatus.PROPOSED, DevelopmentStatus.ADVANCING},
      {DevelopmentStatus.ENACTED, DevelopmentStatus.ENACTED}};

  @Inject
  Rebuilder rebuilder;

  @Inject
  AgroalDataSource dataSource;

  private final EventCodec codec = new EventCodec();

  @Test
  void rebuildRate() throws Exception {
    int articles = Integer.getInteger("bench.articles", 50_000);
    long events = produce(articles);

    // CPU time says what each side costs, whatever the other builds on the shared cores do to the
    // wall clock. The rebuild works on several threads (fetch, writers), and this JVM does nothing
    // else meanwhile (its live channels read idle topics): the process's CPU is the Java side.
    var process = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long postmaster = postmasterPid();
    double pgBefore = PostgresCpu.seconds(postmaster);
    long cpuBefore = process.getProcessCpuTime();
    String loadBefore = PostgresCpu.loadAverage();
    RebuildStatus done = rebuilder.runNow();
    double cpuSeconds = (process.getProcessCpuTime() - cpuBefore) / 1e9;
    double pgSeconds = PostgresCpu.seconds(postmaster) - pgBefore;
    assertThat(done.state()).isEqualTo("succeeded");
    double seconds = (done.finishedAt().toEpochMilli() - done.startedAt().toEpochMilli()) / 1000.0;
    double rate = done.eventsDone() / seconds;
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM article),"
            + " (SELECT count(*) FROM development), (SELECT count(*) FROM development_source)")) {
      rs.next();
      System.out.printf("BENCH rebuild read models: %d articles, %d developments, %d sources%n",
          rs.getLong(1), rs.getLong(2), rs.getLong(3));
      assertThat(rs.getLong(1)).isEqualTo(articles);
    }
    System.out.printf("BENCH rebuild: %d events (produced %d) in %.1f s = %.0f events/s;"
        + " 1,000,000 events would take %.1f min%n", done.eventsDone(), events, seconds, rate,
        1_000_000 / rate / 60);
    System.out.printf("BENCH rebuild JVM CPU: %.1f s = %.0f events per CPU-second%n",
        cpuSeconds, done.eventsDone() / cpuSeconds);
    // PostgreSQL is where the rebuild spends its time; its CPU-seconds compare two versions of
    // the code fairly even when the other builds on the machine stretch the wall clock
    System.out.printf("BENCH rebuild PostgreSQL CPU: %.1f s = %.0f events per CPU-second;"
        + " load average before %s, after %s%n", pgSeconds, done.eventsDone() / pgSeconds,
        loadBefore, PostgresCpu.loadAverage());
  }

  private long postmasterPid() throws Exception {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return PostgresCpu.parentOf(rs.getLong(1));
    }
  }

  private long produce(int articles) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
        ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "10");
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(128 * 1024));
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    String run = UUID.randomUUID().toString().substring(0, 8);
    Random random = new Random(7);
    long count = 0;
    long start = System.nanoTime();
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
      for (int i = 0; i < articles; i++) {
        String id = "rb-" + run + "-" + i;
        String actor = "Agency " + random.nextInt(400);
        int kind = random.nextInt(KINDS.length);
        DevelopmentStatus status = STATUSES[kind][random.nextInt(2)];
        LocalDate day = LocalDate.parse("2019-01-01").plusDays(random.nextInt(6 * 365));
        Instant published = day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(i % 86_000);
        String title = actor + " " + status.json() + " a " + KINDS[kind].json()
            + " on police use of facial recognition";
        String text = title + ". Council members debated the measure for hours before the vote. "
            + "Civil liberties groups and the police union both sent statements. "
            + "word ".repeat(250);
        String feed = "feed-" + (i % 300);
        String hash = "h" + i;
        send(producer, Topics.ARTICLES, id, Event.of("d-" + id, "/bench", id, published,
            ArticleDiscovered.of(id, feed, "https://news.example.org/" + id, title, text, text,
                ContentKind.SUMMARY, published, hash, List.of("policy"))));
        count++;
        if (i % 10 == 0) {
          send(producer, Topics.ARTICLES, id, Event.of("r-" + id, "/bench", id,
              published.plusSeconds(3600), new ArticleRevised(1, id, feed,
                  "https://news.example.org/" + id, title + " (updated)", text, text,
                  ContentKind.SUMMARY, published, hash + "r", hash, List.of("policy"))));
          count++;
        }
        boolean relevant = random.nextInt(4) == 0;
        List<Development> developments = relevant ? List.of(new Development(KINDS[kind], status,
            true, actor, "facial recognition", null, "police use", "Northfield", null,
            day, null, 0.8, List.of(new Evidence(Evidence.Field.TITLE, 0, title.length(),
                title)))) : List.of();
        ArticleLabels labels = relevant
            ? new ArticleLabels(true, kind == 0 ? MoratoriumStatus.valueOf(status.name())
                : MoratoriumStatus.NONE, kind == 1 ? LegislationStatus.valueOf(status.name())
                : LegislationStatus.NONE, List.of(actor), SubjectTech.FACIAL_RECOGNITION)
            : ArticleLabels.IRRELEVANT;
        send(producer, Topics.CLASSIFICATIONS, id, Event.of("c-" + id, "/bench", id,
            published.plusSeconds(5), ArticleClassified.of(id, "d-" + id, hash,
                List.of("facial-recognition@1"), labels, developments, "en", "", false)));
        count++;
      }
      producer.flush();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("BENCH produced %d events in %.1f s = %.0f/s%n", count, seconds,
        count / seconds);
    return count;
  }

  private void send(KafkaProducer<String, byte[]> producer, String topic, String key,
      Event<?> event) {
    producer.send(new ProducerRecord<>(topic, key, codec.encode(event)));
  }
}
