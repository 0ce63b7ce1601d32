package org.regwatch.devstack.stack;

import java.time.Duration;
import java.util.OptionalLong;
import org.regwatch.devstack.kafka.BrokerSettings;
import org.regwatch.devstack.kafka.KafkaBroker;
import org.regwatch.devstack.postgres.PostgresServer;
import org.regwatch.devstack.postgres.PostgresSettings;
import org.regwatch.devstack.process.LocalProcesses;

/**
 * How to recognise and stop, by PID alone, each thing a previous {@code up} recorded: used by
 * {@code down}, by {@code status}, and by {@code up} to reap what a killed run left behind.
 */
final class StackComponents {

  static final String UP = "up";
  static final String KAFKA = "kafka";
  static final String POSTGRES = "postgres";
  static final String MAIN_CLASS = "org.regwatch.devstack.DevStack";

  private final StackHome home;

  StackComponents(StackHome home) {
    this.home = home;
  }

  /** The command-line markers that prove a PID is still the component we started. */
  boolean isOurs(String component, long pid) {
    return switch (component) {
      case UP -> LocalProcesses.isOurs(pid, MAIN_CLASS, " up");
      case KAFKA -> LocalProcesses.isOurs(pid, "org.regwatch.broker.BrokerMain", home.kafka().toString());
      case POSTGRES -> LocalProcesses.isOurs(pid, "postgres", home.postgres().toString());
      default -> LocalProcesses.isOurs(pid, "quarkus-run.jar", "services/" + component + "/");
    };
  }

  boolean isRunning(StackState state, String component) {
    OptionalLong pid = state.pid(component);
    return pid.isPresent() && isOurs(component, pid.getAsLong());
  }

  /** Stops one recorded component if it still runs; returns whether it did. */
  boolean stopIfRunning(StackState state, String component) {
    OptionalLong pid = state.pid(component);
    if (pid.isEmpty() || !isOurs(component, pid.getAsLong())) {
      return false;
    }
    // PostgreSQL's fast shutdown is SIGINT; Quarkus, Kafka and DevStack shut down cleanly on TERM.
    String signal = POSTGRES.equals(component) ? "INT" : "TERM";
    LocalProcesses.stop(pid.getAsLong(), signal, Duration.ofSeconds(UP.equals(component) ? 120 : 30));
    return true;
  }

  /** Reaps the broker and the database of this home by their own pid files (state file or not). */
  void reapInfrastructure(StackConfig config) {
    KafkaBroker.reapLeftover(BrokerSettings.of(config.kafkaPort(), config.kafkaControllerPort(), home.kafka()));
    PostgresServer.reapLeftover(postgresSettings(config, 0));
  }

  PostgresSettings postgresSettings(StackConfig config, int port) {
    return new PostgresSettings(java.util.Optional.of(config.databaseUrl()), config.databaseUser(),
        config.databasePassword(), "regwatch", home.postgres(), home.postgres().resolve("runtime"), port, true, false);
  }
}
