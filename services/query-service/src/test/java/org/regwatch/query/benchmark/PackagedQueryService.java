package org.regwatch.query.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.regwatch.testsupport.RegwatchInfra;

/**
 * The packaged query service ({@code target/quarkus-app}) in a process of its own, as
 * {@code deploy/run} starts it ({@code -Xmx256m -XX:+UseParallelGC}, deploy/devstack's
 * {@code ServiceSpec}), on a free loopback port against a benchmark's
 * broker and database: the shape whose figures the issue asks for, with the benchmark's own
 * producers and clients in another JVM.
 *
 * <p>{@code -Dbench.jar=DIR/quarkus-run.jar} measures a copy of another build (back to back with
 * its predecessor under the same load); {@code -Dbench.service-jvm="-XX:+UseG1GC ..."} replaces
 * the JVM options after the heap, so another collector can be compared without a rebuild.
 */
final class PackagedQueryService implements AutoCloseable {

  private final Process process;
  private final int port;

  private PackagedQueryService(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** {@code settings} are extra {@code -Dkey=value} options, e.g. to switch a timer off. */
  static PackagedQueryService start(RegwatchInfra infra, Path log, List<String> settings)
      throws IOException {
    Path jar = Path.of(System.getProperty("bench.jar", "target/quarkus-app/quarkus-run.jar"));
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: package the service first");
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx256m"));
    command.addAll(jvmOptions());
    command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1",
        "-Dkafka.bootstrap.servers=" + infra.bootstrapServers(),
        "-Dquarkus.datasource.jdbc.url=" + infra.jdbcUrl(),
        "-Dquarkus.datasource.username=" + infra.username(),
        "-Dquarkus.datasource.password=" + infra.password(),
        "-Dquarkus.log.level=WARN"));
    command.addAll(settings);
    command.addAll(List.of("-jar", jar.toString()));
    System.out.println("service: " + String.join(" ", command.subList(1, command.size())));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    return new PackagedQueryService(process, port);
  }

  int port() {
    return port;
  }

  /** CPU seconds the service's process has used so far (all its threads: JIT and GC too). */
  double cpuSeconds() {
    return process.toHandle().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0)
        .orElse(Double.NaN);
  }

  /**
   * Waits until the service uses less than 5 % of a core over half a second (the JIT's queue and
   * a concurrent GC cycle drained) and returns the milliseconds waited, at most {@code maxMillis}:
   * what a round measures is then the projection, not the compilations the previous one queued.
   */
  long awaitIdle(long maxMillis) throws InterruptedException {
    long start = System.nanoTime();
    double last = cpuSeconds();
    while ((System.nanoTime() - start) / 1_000_000 < maxMillis) {
      Thread.sleep(500);
      double now = cpuSeconds();
      if (now - last < 0.025) {
        break;
      }
      last = now;
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  static String javaBin() {
    return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
  }

  private static List<String> jvmOptions() {
    // the options deploy/run gives the query service (ServiceSpec in deploy/devstack)
    String options = System.getProperty("bench.service-jvm", "-XX:+UseParallelGC").strip();
    return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
