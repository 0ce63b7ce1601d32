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
 * @param directory what our own server owns: data/ and postgres.log
 * @param runtimeDirectory where zonky unpacks the binaries; may be shared by several servers (zonky
 *     locks it while unpacking), and is kept apart from data/ because zonky deletes stale
 *     directories it finds next to its binaries
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
    Path runtimeDirectory,
    int port,
    boolean durable,
    boolean fresh) {

  public static final String DEFAULT_NAME = "regwatch";

  /** Our own server only, on any free port, regwatch/regwatch/regwatch. */
  public static PostgresSettings embedded(Path directory, boolean durable, boolean fresh) {
    return new PostgresSettings(Optional.empty(), DEFAULT_NAME, DEFAULT_NAME, DEFAULT_NAME, directory,
        directory.resolve("runtime"), 0, durable, fresh);
  }

  /** Unpack the binaries once in a shared folder instead of once per server (saves 2–4 s each). */
  public PostgresSettings withRuntimeDirectory(Path shared) {
    return new PostgresSettings(configuredJdbcUrl, username, password, database, directory, shared, port, durable, fresh);
  }

  public Path dataDirectory() {
    return directory.resolve("data");
  }

  public Path logFile() {
    return directory.resolve("postgres.log");
  }
}
