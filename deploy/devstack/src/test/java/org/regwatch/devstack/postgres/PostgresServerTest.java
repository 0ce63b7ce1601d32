package org.regwatch.devstack.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regwatch.devstack.process.FreePorts;
import org.regwatch.devstack.process.LocalProcesses;

class PostgresServerTest {

  private static Path directory(String name) {
    return Path.of(System.getProperty("regwatch.test.dir", "target/test-infra"), name).toAbsolutePath();
  }

  @Test
  void ourOwnServerAcceptsTheRegwatchCredentialsAndIsDurable() throws Exception {
    long started = System.nanoTime();
    PostgresServer server = PostgresServer.startOwn(PostgresSettings.embedded(directory("pg-query-test"), true, true));
    System.out.printf("postgres ready in %d ms%n", Duration.ofNanos(System.nanoTime() - started).toMillis());
    try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
      assertThat(server.owned()).isTrue();
      assertThat(single(statement, "SELECT current_user")).isEqualTo("regwatch");
      assertThat(single(statement, "SELECT current_database()")).isEqualTo("regwatch");
      assertThat(single(statement, "SHOW fsync")).isEqualTo("on");
      assertThat(single(statement, "SHOW synchronous_commit")).isEqualTo("on");
      statement.execute("CREATE TABLE article (id text PRIMARY KEY, title text NOT NULL)");
      statement.execute("INSERT INTO article VALUES ('a-1', 'Amazon pauses police use of Rekognition')");
      assertThat(single(statement, "SELECT title FROM article WHERE id = 'a-1'"))
          .isEqualTo("Amazon pauses police use of Rekognition");
    } finally {
      server.stop();
    }
  }

  @Test
  void stoppingByPidLeavesNoPostmaster() {
    PostgresServer server = PostgresServer.startOwn(PostgresSettings.embedded(directory("pg-stop-test"), false, true));
    long pid = server.pid().orElseThrow();
    assertThat(LocalProcesses.isOurs(pid, "postgres")).isTrue();

    server.stop();

    assertThat(LocalProcesses.isAlive(pid)).isFalse();
    assertThat(FreePorts.isListening("localhost", server.port())).isFalse();
  }

  @Test
  void aServerForgottenByAKilledRunIsReapedByPidAtTheNextStart() throws Exception {
    PostgresSettings settings = PostgresSettings.embedded(directory("pg-reap-test"), false, true);
    PostgresServer forgotten = PostgresServer.startOwn(settings); // the handle is lost, as after kill -9
    long leftover = forgotten.pid().orElseThrow();

    PostgresServer next = PostgresServer.startOwn(settings);
    try (Connection connection = next.connect(); Statement statement = connection.createStatement()) {
      assertThat(LocalProcesses.isAlive(leftover)).isFalse();
      assertThat(next.pid()).isPresent().isNotEqualTo(java.util.OptionalLong.of(leftover));
      assertThat(single(statement, "SELECT 1")).isEqualTo("1");
    } finally {
      next.stop();
    }
  }

  @Test
  void aReachableConfiguredServerIsUsedInsteadOfStartingOurs() throws Exception {
    PostgresServer ours = PostgresServer.startOwn(PostgresSettings.embedded(directory("pg-configured-test"), false, true));
    try {
      PostgresSettings pointingAtIt = new PostgresSettings(Optional.of(ours.jdbcUrl()), "regwatch", "regwatch",
          "regwatch", directory("pg-unused"), directory("pg-unused").resolve("runtime"), 0, true, true);

      PostgresServer used = PostgresServer.startOrUse(pointingAtIt);

      assertThat(used.owned()).isFalse();
      assertThat(used.jdbcUrl()).isEqualTo(ours.jdbcUrl());
      assertThat(used.pid()).isEmpty();
      used.stop(); // must not stop a server it does not own
      try (Connection connection = ours.connect()) {
        assertThat(connection.isValid(2)).isTrue();
      }
    } finally {
      ours.stop();
    }
  }

  @Test
  void anUnreachableConfiguredServerMeansWeStartOurOwn() {
    int nobodyListens = FreePorts.any();
    PostgresSettings settings = new PostgresSettings(
        Optional.of("jdbc:postgresql://localhost:" + nobodyListens + "/regwatch"), "regwatch", "regwatch",
        "regwatch", directory("pg-fallback-test"), directory("pg-fallback-test").resolve("runtime"), 0, false, true);

    PostgresServer server = PostgresServer.startOrUse(settings);
    try {
      assertThat(server.owned()).isTrue();
      assertThat(server.jdbcUrl()).doesNotContain(":" + nobodyListens + "/");
    } finally {
      server.stop();
    }
  }

  private static String single(Statement statement, String sql) throws Exception {
    try (ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
