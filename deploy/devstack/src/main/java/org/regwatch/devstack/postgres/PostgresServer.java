package org.regwatch.devstack.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.stream.Stream;
import org.regwatch.devstack.process.FreePorts;
import org.regwatch.devstack.process.LocalProcesses;

/**
 * The PostgreSQL the services use: the configured server when it is reachable with the configured
 * credentials, otherwise one this project owns (zonky's embedded binaries, unpacked under our own
 * directory), started on a chosen port and stopped by its PID.
 *
 * <p>Our server is started by {@code pg_ctl}, so it is NOT a child that dies with this JVM: a killed
 * JVM leaves it running. The next start therefore reaps it by the PID in its {@code postmaster.pid},
 * after checking that the process is a postgres serving this very data directory.
 */
public final class PostgresServer implements AutoCloseable {

  private static final Duration STOP_GRACE = Duration.ofSeconds(20);

  private final PostgresSettings settings;
  private final String jdbcUrl;
  private final int port;
  private final EmbeddedPostgres embedded; // null when the server is not ours

  private PostgresServer(PostgresSettings settings, String jdbcUrl, int port, EmbeddedPostgres embedded) {
    this.settings = settings;
    this.jdbcUrl = jdbcUrl;
    this.port = port;
    this.embedded = embedded;
  }

  /** Uses the configured server if it accepts the credentials; else starts our own. */
  public static PostgresServer startOrUse(PostgresSettings settings) {
    if (settings.configuredJdbcUrl().isPresent()
        && accepts(settings.configuredJdbcUrl().get(), settings.username(), settings.password())) {
      String url = settings.configuredJdbcUrl().get();
      return new PostgresServer(settings, url, portOf(url), null);
    }
    return startOwn(settings);
  }

  /** Starts the server this project owns in {@code settings.directory()}. */
  public static PostgresServer startOwn(PostgresSettings settings) {
    reapLeftover(settings);
    try {
      if (settings.fresh()) {
        deleteRecursively(settings.dataDirectory());
      }
      Files.createDirectories(settings.runtimeDirectory());
      Files.createDirectories(settings.dataDirectory());
      int port = settings.port() == 0 ? FreePorts.any() : settings.port();
      String onOff = settings.durable() ? "on" : "off";
      EmbeddedPostgres embedded = EmbeddedPostgres.builder()
          .setOverrideWorkingDirectory(settings.runtimeDirectory().toFile())
          .setDataDirectory(settings.dataDirectory())
          .setCleanDataDirectory(false)
          // We stop it ourselves (by PID); zonky's hook would race with ours.
          .setRegisterShutdownHook(false)
          .setPort(port)
          // zonky passes -F (fsync off) and synchronous_commit=off; a later -c wins.
          .setServerConfig("fsync", onOff)
          .setServerConfig("synchronous_commit", onOff)
          .setServerConfig("full_page_writes", onOff)
          .setServerConfig("listen_addresses", "localhost")
          .setPGStartupWait(Duration.ofSeconds(60))
          .setOutputRedirector(ProcessBuilder.Redirect.appendTo(settings.logFile().toFile()))
          .setErrorRedirector(ProcessBuilder.Redirect.appendTo(settings.logFile().toFile()))
          .start();
      String url = "jdbc:postgresql://localhost:" + port + "/" + settings.database();
      PostgresServer server = new PostgresServer(settings, url, port, embedded);
      server.createRoleAndDatabase();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start PostgreSQL in " + settings.directory() + "; see " + settings.logFile(), e);
    }
  }

  /** Stops a postmaster left running on our data directory by a JVM that was killed. */
  public static void reapLeftover(PostgresSettings settings) {
    Path pidFile = settings.dataDirectory().resolve("postmaster.pid");
    OptionalLong pid = LocalProcesses.readPid(pidFile);
    if (pid.isEmpty()) {
      return;
    }
    if (LocalProcesses.isOurs(pid.getAsLong(), "postgres", settings.dataDirectory().toString())) {
      System.err.printf("[devstack] stopping a leftover PostgreSQL (pid %d) of %s%n", pid.getAsLong(), settings.dataDirectory());
      // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, then stop cleanly.
      LocalProcesses.stop(pid.getAsLong(), "INT", STOP_GRACE);
    } else {
      // The PID now belongs to someone else: the file is stale, and postgres would refuse to start.
      try {
        Files.deleteIfExists(pidFile);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  public String username() {
    return settings.username();
  }

  public String password() {
    return settings.password();
  }

  public int port() {
    return port;
  }

  /** True when this project started the server (and will stop it). */
  public boolean owned() {
    return embedded != null;
  }

  /** The postmaster's PID, or empty for a server we do not own. */
  public OptionalLong pid() {
    return owned() ? LocalProcesses.readPid(settings.dataDirectory().resolve("postmaster.pid")) : OptionalLong.empty();
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, credentials(settings.username(), settings.password()));
  }

  /** Stops our server (never one we merely use), then makes sure its PID is gone. */
  public void stop() {
    if (!owned()) {
      return;
    }
    OptionalLong pid = pid();
    if (pid.isEmpty() || !LocalProcesses.isAlive(pid.getAsLong())) {
      return; // already gone (e.g. Ctrl-C reached the postmaster too): pg_ctl would only complain
    }
    try {
      embedded.close(); // pg_ctl stop -m fast: signals the PID in postmaster.pid, releases zonky's lock
    } catch (IOException e) {
      // checked below by PID
    }
    if (pid.isPresent()) {
      LocalProcesses.stop(pid.getAsLong(), "INT", STOP_GRACE);
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void createRoleAndDatabase() {
    String adminUrl = "jdbc:postgresql://localhost:" + port + "/postgres";
    try (Connection connection = DriverManager.getConnection(adminUrl, credentials("postgres", ""));
        Statement statement = connection.createStatement()) {
      if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", settings.username())) {
        statement.execute("CREATE ROLE " + quoteIdentifier(settings.username())
            + " LOGIN PASSWORD " + quoteLiteral(settings.password()));
      }
      if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", settings.database())) {
        statement.execute("CREATE DATABASE " + quoteIdentifier(settings.database())
            + " OWNER " + quoteIdentifier(settings.username()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create role/database " + settings.database() + " in " + adminUrl, e);
    }
  }

  private static boolean exists(Connection connection, String query, String name) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, name);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }

  static boolean accepts(String jdbcUrl, String username, String password) {
    Properties properties = credentials(username, password);
    properties.setProperty("connectTimeout", "2");
    properties.setProperty("loginTimeout", "3");
    try (Connection connection = DriverManager.getConnection(jdbcUrl, properties);
        Statement statement = connection.createStatement()) {
      statement.execute("SELECT 1");
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static Properties credentials(String username, String password) {
    Properties properties = new Properties();
    properties.setProperty("user", username);
    properties.setProperty("password", password);
    return properties;
  }

  private static int portOf(String jdbcUrl) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("//[^/:]+:(\\d+)").matcher(jdbcUrl);
    return m.find() ? Integer.parseInt(m.group(1)) : 5432;
  }

  private static String quoteIdentifier(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  private static String quoteLiteral(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
