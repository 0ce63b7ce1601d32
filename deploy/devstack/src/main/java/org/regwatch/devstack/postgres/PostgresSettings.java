package org.regwatch.devstack.postgres;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which PostgreSQL to use, and how to run our own when none is configured or reachable.
 *
 * @param configuredJdbcUrl a server to use if it is reachable with the credentials below
 * @param username role the services connect as (created in our own server)
 * @param password its password
 * @param database database the services use (created in our own server)
 * @param directory what our own server owns: data/, runtime/ (unpacked binaries) and postgres.log
 * @param port port for our own server; 0 means any free port
 * @param durable fsync and synchronous_commit on (the run command); off only for throw-away tests
 * @param fresh delete the data directory before starting (tests start from an empty database)
 */
public record PostgresSettings(
    Optional<String> configuredJdbcUrl,
    String username,
    String password,
    String database,
    Path directory,
    int port,
    boolean durable,
    boolean fresh) {

  public static final String DEFAULT_NAME = "regwatch";

  /** Our own server only, on any free port, regwatch/regwatch/regwatch. */
  public static PostgresSettings embedded(Path directory, boolean durable, boolean fresh) {
    return new PostgresSettings(Optional.empty(), DEFAULT_NAME, DEFAULT_NAME, DEFAULT_NAME, directory, 0, durable, fresh);
  }

  public Path dataDirectory() {
    return directory.resolve("data");
  }

  /** Kept apart from data/: zonky deletes stale directories it finds next to its binaries. */
  public Path runtimeDirectory() {
    return directory.resolve("runtime");
  }

  public Path logFile() {
    return directory.resolve("postgres.log");
  }
}
