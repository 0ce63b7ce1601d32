package org.regwatch.devstack.stack;

import java.time.Duration;
import org.regwatch.devstack.kafka.TopicSetup;

/**
 * Ports and limits of the dev stack. Defaults are the documented ones; each can be overridden with
 * a system property (e.g. {@code -Dregwatch.kafka.port=19092}), the database URL also with the
 * environment variables the query service itself reads ({@code REGWATCH_DB_URL}, ...). The
 * partition count only applies to topics that do not exist yet.
 *
 * <p>The operator key is the one all three services accept ({@code regwatch.security.operator-keys})
 * and the one the stack itself uses to register the demo feed: {@code -Dregwatch.operator-key} or
 * {@code REGWATCH_DEV_OPERATOR_KEY}, else a fixed dev key. A plain key is fine for a stack on
 * localhost; production configures {@code REGWATCH_OPERATOR_KEYS=sha256:<hex>} on each service.
 */
public record StackConfig(
    int kafkaPort,
    int kafkaControllerPort,
    int partitions,
    String databaseUrl,
    String databaseUser,
    String databasePassword,
    int databasePort,
    int demoPort,
    String serviceHeap,
    Duration readyTimeout,
    String operatorKey) {

  /** The documented key of a local stack (README, "API keys"). */
  public static final String DEV_OPERATOR_KEY = "regwatch-dev-operator-key";

  public static StackConfig fromSystem() {
    return new StackConfig(
        Integer.getInteger("regwatch.kafka.port", 9092),
        Integer.getInteger("regwatch.kafka.controller-port", 9093),
        Integer.getInteger("regwatch.kafka.partitions", TopicSetup.DEFAULT_PARTITIONS),
        setting("regwatch.db.url", "REGWATCH_DB_URL", "jdbc:postgresql://localhost:5432/regwatch"),
        setting("regwatch.db.user", "REGWATCH_DB_USER", "regwatch"),
        setting("regwatch.db.password", "REGWATCH_DB_PASSWORD", "regwatch"),
        Integer.getInteger("regwatch.db.port", 5432),
        Integer.getInteger("regwatch.demo.port", 8090),
        System.getProperty("regwatch.service.heap", "256m"),
        Duration.ofSeconds(Long.getLong("regwatch.ready-timeout-seconds", 180)),
        setting("regwatch.operator-key", "REGWATCH_DEV_OPERATOR_KEY", DEV_OPERATOR_KEY));
  }

  /**
   * What the services get as {@code regwatch.security.operator-keys}: the stack's key, plus the
   * keys {@code REGWATCH_OPERATOR_KEYS} already names, since a system property given to a service
   * would otherwise hide that variable from it.
   */
  public String serviceOperatorKeys() {
    String configured = System.getenv("REGWATCH_OPERATOR_KEYS");
    return configured == null || configured.isBlank() ? operatorKey : operatorKey + "," + configured;
  }

  private static String setting(String property, String environment, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(environment);
    }
    return value == null || value.isBlank() ? fallback : value;
  }
}
