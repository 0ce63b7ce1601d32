package org.regwatch.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.regwatch.devstack.kafka.BrokerSettings;
import org.regwatch.devstack.kafka.KafkaBroker;
import org.regwatch.devstack.kafka.TopicSetup;
import org.regwatch.devstack.postgres.PostgresServer;
import org.regwatch.devstack.postgres.PostgresSettings;
import org.regwatch.devstack.process.FreePorts;
import org.regwatch.devstack.process.LocalProcesses;

/**
 * A real Kafka broker (its own process) and a real PostgreSQL for a test, on free ports, with every
 * Regwatch topic created. For plain JUnit tests; Quarkus tests use {@link RegwatchInfraResource}.
 *
 * <pre>{@code
 * try (RegwatchInfra infra = RegwatchInfra.start()) {
 *   infra.bootstrapServers(); infra.jdbcUrl(); ...
 * }
 * }</pre>
 *
 * <p>Data lives under {@code target/regwatch-infra/jvm-<pid>} of the module being tested (the working
 * directory of surefire): one folder per test JVM, so two builds of the same module running at once
 * never touch each other's broker. At start, folders of JVMs that are gone are cleaned up and their
 * leftover broker and PostgreSQL reaped by PID; {@link #close} deletes the JVM's own folder. Broker and database start empty at each start. PostgreSQL runs with fsync and
 * synchronous_commit off (throw-away data) unless {@code -Dregwatch.infra.durable=true}, which
 * throughput measurements should set.
 */
public final class RegwatchInfra implements AutoCloseable {

  public static final String KAFKA_BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";
  public static final String JDBC_URL = "quarkus.datasource.jdbc.url";
  public static final String DB_USERNAME = "quarkus.datasource.username";
  public static final String DB_PASSWORD = "quarkus.datasource.password";

  private static final String JVM_PREFIX = "jvm-";

  private final KafkaBroker broker;
  private final PostgresServer postgres;
  private final Duration startTime;
  private final Path directory;

  private RegwatchInfra(KafkaBroker broker, PostgresServer postgres, Duration startTime,
      Path directory) {
    this.broker = broker;
    this.postgres = postgres;
    this.startTime = startTime;
    this.directory = directory;
  }

  /** Starts both under {@code target/regwatch-infra} of the current directory (the module's). */
  public static RegwatchInfra start() {
    return start(Path.of("target", "regwatch-infra").toAbsolutePath());
  }

  public static RegwatchInfra start(Path directory) {
    return start(directory, TopicSetup.DEFAULT_PARTITIONS);
  }

  /**
   * Starts both under {@code base/jvm-<this pid>}; PostgreSQL binaries are unpacked once into
   * {@code base/pg-runtime} and shared.
   */
  public static RegwatchInfra start(Path base, int partitions) {
    long started = System.nanoTime();
    reapAbandoned(base);
    Path directory = base.resolve(JVM_PREFIX + ProcessHandle.current().pid());
    boolean durable = Boolean.getBoolean("regwatch.infra.durable");
    PostgresSettings postgresSettings = PostgresSettings.embedded(directory.resolve("postgres"), durable, true)
        .withRuntimeDirectory(base.resolve("pg-runtime"));
    // PostgreSQL starts in the background (pg_ctl) while the broker JVM boots: the two are the
    // slow part of every test run, and they do not depend on each other.
    var postgresStart = java.util.concurrent.CompletableFuture.supplyAsync(
        () -> PostgresServer.startOwn(postgresSettings));
    KafkaBroker broker;
    try {
      broker = KafkaBroker.start(BrokerSettings.of(FreePorts.any(), FreePorts.any(), directory.resolve("kafka")).withFreshData());
    } catch (RuntimeException e) {
      postgresStart.thenAccept(PostgresServer::stop);
      throw e;
    }
    PostgresServer postgres;
    try {
      postgres = postgresStart.join();
    } catch (RuntimeException e) {
      broker.stop();
      throw e;
    }
    try (Admin admin = broker.admin()) {
      new TopicSetup(partitions).createAll(admin);
    } catch (RuntimeException e) {
      broker.stop();
      postgres.stop();
      throw e;
    }
    return new RegwatchInfra(broker, postgres, Duration.ofNanos(System.nanoTime() - started),
        directory);
  }

  /** Folders of test JVMs that no longer run: reap their broker and database, then delete them. */
  private static void reapAbandoned(Path base) {
    if (!Files.isDirectory(base)) {
      return;
    }
    try (Stream<Path> children = Files.list(base)) {
      for (Path folder : children.toList()) {
        String name = folder.getFileName().toString();
        if (name.equals("kafka") || name.equals("postgres")) {
          reap(base); // the layout before per-JVM folders (one shared folder)
          deleteRecursively(folder);
          continue;
        }
        if (!name.matches(JVM_PREFIX + "\\d+")) {
          continue;
        }
        long owner = Long.parseLong(name.substring(JVM_PREFIX.length()));
        if (owner == ProcessHandle.current().pid() || LocalProcesses.isAlive(owner)) {
          continue; // ours, or another test JVM still using it
        }
        reap(folder);
        deleteRecursively(folder);
      }
    } catch (IOException e) {
      // Best effort: a folder we cannot clean does not stop the tests.
      System.err.println("[regwatch-infra] could not clean " + base + ": " + e);
    }
  }

  private static void reap(Path folder) {
    KafkaBroker.reapLeftover(BrokerSettings.of(0, 0, folder.resolve("kafka")));
    PostgresServer.reapLeftover(PostgresSettings.embedded(folder.resolve("postgres"), false, false));
  }

  private static void deleteRecursively(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  public String bootstrapServers() {
    return broker.bootstrapServers();
  }

  public String jdbcUrl() {
    return postgres.jdbcUrl();
  }

  public String username() {
    return postgres.username();
  }

  public String password() {
    return postgres.password();
  }

  public KafkaBroker broker() {
    return broker;
  }

  public PostgresServer postgres() {
    return postgres;
  }

  /** How long {@link #start} took (broker ready, database ready, topics created). */
  public Duration startTime() {
    return startTime;
  }

  /** The configuration a Quarkus service needs to reach both. */
  public Map<String, String> quarkusConfig() {
    Map<String, String> config = new LinkedHashMap<>();
    config.put(KAFKA_BOOTSTRAP_SERVERS, bootstrapServers());
    config.put(JDBC_URL, jdbcUrl());
    config.put(DB_USERNAME, username());
    config.put(DB_PASSWORD, password());
    return config;
  }

  /** Stops the broker, then the database, each by its PID. */
  public void stop() {
    try {
      broker.stop();
    } finally {
      postgres.stop();
    }
  }

  /**
   * Stops both and deletes their data: a benchmark's broker log and database run to gigabytes, and
   * left behind run after run they once filled the disk. {@code -Dregwatch.infra.keep=true} keeps
   * them for a post-mortem.
   */
  @Override
  public void close() {
    try {
      stop();
    } finally {
      if (!Boolean.getBoolean("regwatch.infra.keep")) {
        try {
          deleteRecursively(directory);
        } catch (IOException e) {
          System.err.println("[regwatch-infra] could not delete " + directory + ": " + e);
        }
      }
    }
  }
}
