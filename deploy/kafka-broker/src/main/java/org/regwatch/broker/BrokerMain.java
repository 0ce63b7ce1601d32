package org.regwatch.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.Kafka;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

/**
 * Runs one KRaft broker in this JVM: formats the storage on first use, then runs {@code kafka.Kafka}.
 *
 * <p>It exits when its standard input reaches end-of-file. The launcher keeps a pipe open to this
 * process; if the launcher dies (even by {@code kill -9}), the pipe closes and the broker follows it,
 * so a killed test JVM or devstack never leaves a broker holding its ports.
 *
 * <p>Usage: {@code java -cp <broker classpath> org.regwatch.broker.BrokerMain server.properties}
 */
public final class BrokerMain {

  private BrokerMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: BrokerMain <server.properties>");
      System.exit(2);
    }
    Path config = Path.of(args[0]).toAbsolutePath();
    formatStorageIfNeeded(config);
    exitWhenStdinCloses(System.in);
    // Blocks until the broker shuts down; Kafka installs its own shutdown hook (TERM → clean stop).
    Kafka.main(new String[] {config.toString()});
  }

  /** A fresh log directory must be formatted with a cluster id before a KRaft node can start. */
  private static void formatStorageIfNeeded(Path config) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(config)) {
      properties.load(reader);
    }
    String logDirs = properties.getProperty("log.dirs");
    if (logDirs == null || logDirs.isBlank()) {
      throw new IllegalArgumentException("log.dirs is not set in " + config);
    }
    Path firstLogDir = Path.of(logDirs.split(",")[0].trim());
    if (Files.exists(firstLogDir.resolve("meta.properties"))) {
      return;
    }
    String clusterId = Uuid.randomUuid().toString();
    int status =
        StorageTool.execute(
            new String[] {"format", "-t", clusterId, "-c", config.toString(), "--ignore-formatted"},
            System.out);
    if (status != 0) {
      System.err.println("formatting the broker storage failed with status " + status);
      System.exit(status);
    }
  }

  private static void exitWhenStdinCloses(InputStream stdin) {
    Thread watcher =
        new Thread(
            () -> {
              byte[] buffer = new byte[256];
              try {
                while (stdin.read(buffer) != -1) {
                  // The launcher never writes; we only wait for the pipe to close.
                }
              } catch (IOException e) {
                // A broken pipe means the parent is gone just the same.
              }
              System.err.println("[BrokerMain] parent process gone (stdin closed): shutting down");
              System.exit(0);
            },
            "parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }
}
