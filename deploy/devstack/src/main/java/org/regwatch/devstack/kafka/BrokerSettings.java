package org.regwatch.devstack.kafka;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where and how to run the broker.
 *
 * @param port the PLAINTEXT (client) port
 * @param controllerPort the KRaft controller port
 * @param directory everything the broker owns: properties, data (log.dirs), log file and pid file
 * @param maxHeap the broker JVM's {@code -Xmx}, e.g. "384m"
 * @param startTimeout how long to wait until it accepts connections
 * @param freshData delete the data (topics, offsets) before starting: tests start from nothing
 */
public record BrokerSettings(
    int port, int controllerPort, Path directory, String maxHeap, Duration startTimeout, boolean freshData) {

  /** Keeps the data of a previous run (the dev stack). */
  public static BrokerSettings of(int port, int controllerPort, Path directory) {
    return new BrokerSettings(port, controllerPort, directory.toAbsolutePath(), "384m", Duration.ofSeconds(90), false);
  }

  public BrokerSettings withFreshData() {
    return new BrokerSettings(port, controllerPort, directory, maxHeap, startTimeout, true);
  }

  public Path propertiesFile() {
    return directory.resolve("server.properties");
  }

  public Path dataDirectory() {
    return directory.resolve("data");
  }

  public Path logFile() {
    return directory.resolve("broker.log");
  }

  public Path pidFile() {
    return directory.resolve("broker.pid");
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }
}
