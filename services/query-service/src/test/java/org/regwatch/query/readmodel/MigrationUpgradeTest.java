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
  void aDatabaseMigratedBeforeV22_takesV22AndV23_afterItsWebhookMigrations(@TempDir Path before)
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

    assertThat(upgrade.migrations).extracting(m -> m.version).containsExactly("22", "23");
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("SELECT count(*) FROM " + SCHEMA + ".article_search");
    }
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
