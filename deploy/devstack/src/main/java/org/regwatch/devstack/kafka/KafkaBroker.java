package org.regwatch.devstack.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.regwatch.devstack.process.LocalProcesses;

/**
 * A single-node KRaft broker (Apache Kafka 4.3.1) running as its own process.
 *
 * <p>The broker reads from a pipe held by this JVM and exits when that pipe closes, so it never
 * outlives the JVM that started it, even after {@code kill -9}. Its PID is written to a pid file;
 * a broker left behind anyway (e.g. the parent was stopped in a debugger) is reaped by that file at
 * the next start, after checking that the PID is really a broker of this directory.
 */
public final class KafkaBroker implements AutoCloseable {

  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final BrokerSettings settings;
  private final Process process;

  private KafkaBroker(BrokerSettings settings, Process process) {
    this.settings = settings;
    this.process = process;
  }

  /** Reaps a leftover broker of the same directory, starts a new one and waits until it is ready. */
  public static KafkaBroker start(BrokerSettings settings) {
    reapLeftover(settings);
    try {
      if (settings.freshData()) {
        deleteRecursively(settings.dataDirectory());
      }
      Files.createDirectories(settings.dataDirectory());
      writeProperties(settings);
      Process process = launch(settings);
      LocalProcesses.writePid(settings.pidFile(), process.pid());
      KafkaBroker broker = new KafkaBroker(settings, process);
      broker.awaitReady();
      return broker;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Kafka broker in " + settings.directory(), e);
    }
  }

  /** Stops a broker recorded in the directory's pid file, if it is still running. */
  public static void reapLeftover(BrokerSettings settings) {
    OptionalLong pid = LocalProcesses.readPid(settings.pidFile());
    if (pid.isPresent()
        && LocalProcesses.isOurs(pid.getAsLong(), BrokerClasspath.MAIN_CLASS, settings.propertiesFile().toString())) {
      System.err.printf("[devstack] stopping a leftover Kafka broker (pid %d) of %s%n", pid.getAsLong(), settings.directory());
      LocalProcesses.stop(pid.getAsLong(), "TERM", STOP_GRACE);
    }
    deleteQuietly(settings.pidFile());
  }

  public String bootstrapServers() {
    return settings.bootstrapServers();
  }

  public long pid() {
    return process.pid();
  }

  public BrokerSettings settings() {
    return settings;
  }

  public boolean isRunning() {
    return process.isAlive();
  }

  /** A new admin client for this broker; the caller closes it. */
  public Admin admin() {
    return Admin.create(Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000",
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000"));
  }

  /** Stops the broker by its PID: TERM (a clean shutdown), then KILL after a grace period. */
  public void stop() {
    LocalProcesses.stop(process.pid(), "TERM", STOP_GRACE);
    try {
      process.getOutputStream().close();
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (IOException e) {
      // already gone
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    deleteQuietly(settings.pidFile());
  }

  @Override
  public void close() {
    stop();
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + settings.startTimeout().toNanos();
    Exception last = null;
    try (Admin admin = admin()) {
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException("the Kafka broker exited with status " + process.exitValue()
              + " during start; see " + settings.logFile() + "\n" + tail(settings.logFile()));
        }
        try {
          admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
          return;
        } catch (Exception e) {
          last = e;
          LocalProcesses.sleep(Duration.ofMillis(200));
        }
      }
    }
    stop();
    throw new IllegalStateException("the Kafka broker did not accept connections within "
        + settings.startTimeout() + "; see " + settings.logFile(), last);
  }

  private static Process launch(BrokerSettings settings) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + settings.maxHeap());
    command.add("-Xms64m");
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(BrokerClasspath.resolve());
    command.add(BrokerClasspath.MAIN_CLASS);
    command.add(settings.propertiesFile().toString());
    // stdin stays a pipe on purpose: its end-of-file is the broker's signal that we are gone.
    return new ProcessBuilder(command)
        .directory(settings.directory().toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logFile().toFile()))
        .start();
  }

  private static void writeProperties(BrokerSettings settings) throws IOException {
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", "1");
    p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + settings.controllerPort());
    p.setProperty("listeners",
        "PLAINTEXT://127.0.0.1:" + settings.port() + ",CONTROLLER://127.0.0.1:" + settings.controllerPort());
    p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + settings.port());
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.setProperty("log.dirs", settings.dataDirectory().toAbsolutePath().toString());
    // One node: every internal topic can only have one replica.
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");
    p.setProperty("default.replication.factor", "1");
    p.setProperty("min.insync.replicas", "1");
    // Topics are created explicitly (TopicSetup) with their partitions and retention; a typo in a
    // topic name must fail, not silently create a one-partition topic.
    p.setProperty("auto.create.topics.enable", "false");
    // Consumers of a fresh group start at once instead of waiting 3 s for more members.
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    p.setProperty("num.partitions", "6");
    try (var writer = Files.newBufferedWriter(settings.propertiesFile(), StandardCharsets.UTF_8)) {
      p.store(writer, "written by org.regwatch.devstack.kafka.KafkaBroker; overwritten at each start");
    }
  }

  private static String tail(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (java.util.stream.Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // nothing to clean
    }
  }
}
