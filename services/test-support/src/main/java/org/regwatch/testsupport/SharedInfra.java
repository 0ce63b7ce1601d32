package org.regwatch.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one {@link RegwatchInfra} of a test JVM.
 *
 * <p>Why a JVM-wide holder (the only global state in the project): Quarkus may call the resource's
 * {@code start()} once per application start (each test profile, each distinct resource set), and it
 * may load this class in more than one class loader. Starting a broker and a database per call would
 * multiply the test time and the memory use. So the first call starts them and publishes their
 * configuration in system properties (visible from every class loader), later calls just read it,
 * and a shutdown hook stops them at JVM exit. Should the JVM be killed instead, the broker exits with
 * its parent (stdin pipe) and the next run reaps PostgreSQL by its PID.
 */
final class SharedInfra {

  private static final String PREFIX = "regwatch.shared-infra.";
  private static final List<String> KEYS = List.of(
      RegwatchInfra.KAFKA_BOOTSTRAP_SERVERS, RegwatchInfra.JDBC_URL,
      RegwatchInfra.DB_USERNAME, RegwatchInfra.DB_PASSWORD);

  /**
   * A lock every class loader shares: string literals are interned JVM-wide, so this is the same
   * object whichever loader defined this class.
   */
  private static final Object LOCK = "org.regwatch.testsupport.SharedInfra.lock".intern();

  private SharedInfra() {}

  static Map<String, String> config() {
    synchronized (LOCK) {
      if (System.getProperty(PREFIX + RegwatchInfra.KAFKA_BOOTSTRAP_SERVERS) == null) {
        RegwatchInfra infra = RegwatchInfra.start();
        Runtime.getRuntime().addShutdownHook(new Thread(infra::stop, "regwatch-infra-stop"));
        infra.quarkusConfig().forEach((key, value) -> System.setProperty(PREFIX + key, value));
        System.err.printf("[regwatch-infra] Kafka %s (pid %d), PostgreSQL %s (pid %s), ready in %d ms%n",
            infra.bootstrapServers(), infra.broker().pid(), infra.jdbcUrl(),
            infra.postgres().pid().isPresent() ? Long.toString(infra.postgres().pid().getAsLong()) : "?",
            infra.startTime().toMillis());
      }
      Map<String, String> config = new LinkedHashMap<>();
      for (String key : KEYS) {
        config.put(key, System.getProperty(PREFIX + key));
      }
      return config;
    }
  }
}
