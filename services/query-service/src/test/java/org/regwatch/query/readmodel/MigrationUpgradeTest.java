package org.regwatch.query.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * An operator who upgrades keeps the database: the read-model migrations (V1–V99) and the
 * subscription ones (V100+) are numbered in two ranges, so a database that already ran V104 meets
 * read-model migrations with lower numbers (V22, V23) after the upgrade. With the service's Flyway
 * settings they are applied; without {@code out-of-order} the service would refuse to start.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class MigrationUpgradeTest {

  private static final String SCHEMA = "upgrade_probe";

  @Inject
  AgroalDataSource dataSource;

  @ConfigProperty(name = "quarkus.flyway.out-of-order")
  boolean outOfOrder;

  @AfterEach
  void dropProbeSchema() throws Exception {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
  }

  @Test
  void aDatabaseMigratedBeforeV22_takesV22ToV24_afterItsWebhookMigrations(@TempDir Path before)
      throws Exception {
    Path all = Path.of(getClass().getResource("/db/migration").toURI());
    try (Stream<Path> files = Files.list(all)) {
      for (Path f : files.toList()) {
        if (version(f) <= 21 || version(f) >= 100) {
          Files.copy(f, before.resolve(f.getFileName()));
        }
      }
    }
    flyway("filesystem:" + before).migrate();

    MigrateResult upgrade = flyway("classpath:db/migration").migrate();

    assertThat(upgrade.migrations).extracting(m -> m.version)
        .containsExactly("22", "23", "24", "25");
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("SELECT count(*) FROM " + SCHEMA + ".article_search");
      s.execute("SELECT count(*) FROM " + SCHEMA + ".article_classification");
    }
  }

  /**
   * V24 moves the classification half of the article rows into article_classification: a
   * classified article keeps its metadata and sort time in article and its labels move; a row
   * that only a classification had created (article event not projected yet) leaves article.
   */
  @Test
  void aDatabaseWithClassifiedArticlesMovesTheirClassificationsIntoTheNarrowTable(
      @TempDir Path before) throws Exception {
    Path all = Path.of(getClass().getResource("/db/migration").toURI());
    try (Stream<Path> files = Files.list(all)) {
      for (Path f : files.toList()) {
        if (version(f) <= 23 || version(f) >= 100) {
          Files.copy(f, before.resolve(f.getFileName()));
        }
      }
    }
    flyway("filesystem:" + before).migrate();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO " + SCHEMA + ".article (article_id, feed_id, url, title,"
          + " published, article_event_time, first_seen_at, classification_event_id,"
          + " classification_time, rule_packs, rule_pack_rank, relevant, moratorium, actors,"
          + " actor_keys, developments) VALUES ('both', 'feed', 'https://x.test/1', 'Both',"
          + " '2020-06-10T00:00:00Z', '2020-06-11T00:00:00Z', '2020-06-11T00:00:00Z', 'c1',"
          + " '2020-06-12T00:00:00Z', '{fr@1}', '{1}', true, 'announced', '{Amazon}', '{amazon}',"
          + " '[{\"kind\":\"moratorium\"}]'),"
          + " ('classified-only', NULL, NULL, NULL, NULL, NULL, NULL, 'c2',"
          + " '2020-06-13T00:00:00Z', '{fr@1}', '{1}', false, 'none', '{}', '{}', '[]'),"
          + " ('unclassified', 'feed', 'https://x.test/3', 'Unclassified', NULL,"
          + " '2020-06-14T00:00:00Z', '2020-06-14T00:00:00Z', NULL, NULL, '{}', NULL, NULL,"
          + " NULL, '{}', '{}', '[]')");
    }

    flyway("classpath:db/migration").migrate();

    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      assertThat(rows(s, "SELECT article_id || ' ' || (sort_time AT TIME ZONE 'UTC')::date FROM " + SCHEMA
          + ".article ORDER BY 1")).containsExactly("both 2020-06-10", "unclassified 2020-06-14");
      assertThat(rows(s, "SELECT article_id || ' ' || classification_event_id || ' ' || relevant"
          + " || ' ' || moratorium || ' ' || actor_keys::text || ' ' || developments::text"
          + " FROM " + SCHEMA + ".article_classification ORDER BY 1")).containsExactly(
          "both c1 true announced {amazon} [{\"kind\": \"moratorium\"}]",
          "classified-only c2 false none {} []");
      assertThat(rows(s, "SELECT count(*) FROM information_schema.columns WHERE table_schema = '"
          + SCHEMA + "' AND table_name = 'article' AND column_name IN ('relevant',"
          + " 'classification_time', 'developments', 'actor_keys')")).containsExactly("0");
    }
  }

  /**
   * V25 writes what grouping compares of a placed report onto its source row, from the
   * classification it was placed from; a source row without a classification (not expected) is
   * left marked, and grouping reads its article as before.
   */
  @Test
  void aDatabaseWithPlacedReportsGetsTheirFactsOnTheSourceRows(@TempDir Path before)
      throws Exception {
    Path all = Path.of(getClass().getResource("/db/migration").toURI());
    try (Stream<Path> files = Files.list(all)) {
      for (Path f : files.toList()) {
        if (version(f) <= 24 || version(f) >= 100) {
          Files.copy(f, before.resolve(f.getFileName()));
        }
      }
    }
    flyway("filesystem:" + before).migrate();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO " + SCHEMA + ".article_classification (article_id,"
          + " classification_event_id, classification_time, developments) VALUES ('a1', 'c1',"
          + " '2020-06-12T00:00:00Z', '[{\"kind\":\"moratorium\",\"product\":\"Rekognition\","
          + "\"scope\":\"police\"}, {\"kind\":\"ban\",\"jurisdiction\":\"Portland\","
          + "\"product\":null}]')");
      s.execute("INSERT INTO " + SCHEMA + ".development (development_id, kind, status,"
          + " actor_key, subject_key, occurred_at, known_at, title, confidence, source_count,"
          + " signature, version, updated_at) VALUES ('d1', 'moratorium', 'announced', '', '',"
          + " '2020-06-10', '2020-06-10T00:00:00Z', 't', 0.9, 3, '{1}', 1,"
          + " '2020-06-10T00:00:00Z')");
      s.execute("INSERT INTO " + SCHEMA + ".development_source (article_id, dev_index,"
          + " development_id, occurred_at, headline, confidence, evidence, signature) VALUES"
          + " ('a1', 0, 'd1', '2020-06-10', true, 0.9, '[]', '{1}'),"
          + " ('a1', 1, 'd1', '2020-06-10', false, 0.9, '[]', '{1}'),"
          + " ('unclassified', 0, 'd1', '2020-06-10', false, 0.9, '[]', '{1}')");
    }

    MigrateResult upgrade = flyway("classpath:db/migration").migrate();

    assertThat(upgrade.migrations).extracting(m -> m.version).containsExactly("25");
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      assertThat(rows(s, "SELECT concat_ws(' ', article_id, dev_index, facts::text,"
          + " coalesce(product, '-'), coalesce(scope, '-'), coalesce(jurisdiction, '-'))"
          + " FROM " + SCHEMA + ".development_source ORDER BY article_id, dev_index"))
          .containsExactly("a1 0 true Rekognition police -", "a1 1 true - - Portland",
              "unclassified 0 false - - -");
    }
  }

  private static java.util.List<String> rows(Statement s, String sql) throws Exception {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (java.sql.ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private Flyway flyway(String location) {
    return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations(location)
        .outOfOrder(outOfOrder).load();
  }

  private static int version(Path migration) {
    String name = migration.getFileName().toString();
    return Integer.parseInt(name.substring(1, name.indexOf("__")));
  }
}
