package org.regwatch.query.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.regwatch.query.projection.ProjectionPipeline;
import org.regwatch.query.projection.SourceRecord;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * A benchmark, not a timed test (its name keeps it out of the default run): projects N article and
 * N classification records through the real pipeline (decode, batched upserts, development
 * grouping, one transaction per batch of 500) into the real PostgreSQL, and prints the rates.
 * Kafka is left out on purpose: this measures the projection's own ceiling. Run with
 * {@code mvn -o -q install -pl services/query-service -Dtest=ProjectionBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbench.n=20000}.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class ProjectionBenchmark {

  private static final int BATCH = 500;

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
    int n = Integer.getInteger("bench.n", 20_000);
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<SourceRecord> discovered = new ArrayList<>(n);
    List<SourceRecord> classified = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String id = "bench-" + run + "-" + i;
      // 200 actors, ~100 reports each spread over time: both joins and new developments happen
      String actor = "Agency " + (i % 200) + " " + run;
      LocalDate day = LocalDate.parse("2020-01-01").plusDays((i / 200) * 3L % 3000);
      String title = actor + " pauses police use of facial recognition for one year";
      String text = title + ". The decision follows months of debate. " + "x".repeat(1500);
      Instant published = day.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
      discovered.add(record(Topics.ARTICLES, id, Event.of("d-" + id, "/bench", id, published,
          ArticleDiscovered.of(id, "feed-bench-" + run, "https://bench.example.org/" + i, title,
              text, text, ContentKind.SUMMARY, published, "h" + i, List.of("bench")))));
      Development d = new Development(DevelopmentKind.MORATORIUM, DevelopmentStatus.ANNOUNCED,
          true, actor, "facial recognition", null, "police use", null, "one year", day,
          day.plusYears(1), 0.9, List.of(new Evidence(Evidence.Field.TITLE, 0, title.length(), title)));
      classified.add(record(Topics.CLASSIFICATIONS, id, Event.of("c-" + id, "/bench", id,
          published.plusSeconds(5), ArticleClassified.of(id, "d-" + id, "h" + i,
              List.of("facial-recognition@1"), new ArticleLabels(true, MoratoriumStatus.ANNOUNCED,
                  LegislationStatus.NONE, List.of(actor), SubjectTech.FACIAL_RECOGNITION),
              List.of(d), "en", "", false))));
    }

    double articleRate = project(discovered, articles, "articles (no classification yet)");
    double classRate = project(classified, classifications, "classifications (+ grouping)");
    double replayRate = project(classified, classifications, "classifications replayed (no-op)");

    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT development_id)"
            + " FROM development_source WHERE article_id LIKE 'bench-" + run + "-%'")) {
      rs.next();
      System.out.printf("BENCH n=%d: %d sources in %d developments%n", n, rs.getInt(1), rs.getInt(2));
      assertThat(rs.getInt(1)).isEqualTo(n);
    }
    System.out.printf("BENCH summary: articles %.0f/s, classifications %.0f/s, replay %.0f/s%n",
        articleRate, classRate, replayRate);
  }

  private double project(List<SourceRecord> records,
      org.regwatch.query.projection.BatchProjector projector, String label) {
    long start = System.nanoTime();
    for (int i = 0; i < records.size(); i += BATCH) {
      pipeline.process(records.subList(i, Math.min(records.size(), i + BATCH)), projector);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double rate = records.size() / seconds;
    System.out.printf("BENCH %s: %d in %.1f s = %.0f/s%n", label, records.size(), seconds, rate);
    return rate;
  }

  private SourceRecord record(String topic, String key, Event<?> event) {
    return new SourceRecord(topic, 0, 0, key, codec.encode(event));
  }
}
