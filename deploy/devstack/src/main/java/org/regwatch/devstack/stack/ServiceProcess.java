package org.regwatch.devstack.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.regwatch.devstack.process.LocalProcesses;

/** One packaged Quarkus service running as a child process, logging to its own file. */
public final class ServiceProcess {

  private static final Duration STOP_GRACE = Duration.ofSeconds(20);

  private final ServiceSpec spec;
  private final Process process;
  private final Path logFile;

  private ServiceProcess(ServiceSpec spec, Process process, Path logFile) {
    this.spec = spec;
    this.process = process;
    this.logFile = logFile;
  }

  /** {@code java -Xmx<heap> <JVM options> -D<key>=<value>... -jar services/<name>/target/quarkus-app/quarkus-run.jar}. */
  public static ServiceProcess start(StackHome home, ServiceSpec spec, String heap, Map<String, String> settings) {
    return start(home.serviceJar(spec.name()), home.root(), home.logs().resolve(spec.name() + ".log"),
        spec, heap, settings);
  }

  /** The same with the paths chosen by the caller (the end-to-end tests log under target/). */
  public static ServiceProcess start(Path jar, Path workingDirectory, Path logFile, ServiceSpec spec,
      String heap, Map<String, String> settings) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build first (deploy/run --build, or mvn -B install -DskipTests)");
    }
    List<String> command = command(jar, spec, heap, settings);
    try {
      Files.createDirectories(logFile.getParent());
      Process process = new ProcessBuilder(command)
          .directory(workingDirectory.toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()))
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .start();
      return new ServiceProcess(spec, process, logFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + spec.name(), e);
    }
  }

  /** {@code java -Xmx<heap> <spec's JVM options> -Dquarkus.http.port=… -D<key>=<value>… -jar JAR}. */
  static List<String> command(Path jar, ServiceSpec spec, String heap,
      Map<String, String> settings) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.addAll(spec.jvmOptions());
    command.add("-Dquarkus.http.port=" + spec.port());
    settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-jar");
    command.add(jar.toString());
    return command;
  }

  public ServiceSpec spec() {
    return spec;
  }

  public long pid() {
    return process.pid();
  }

  public Path logFile() {
    return logFile;
  }

  /** Waits for 200 on /q/health/ready; fails early, naming the log, if the process exits. */
  public void awaitReady(Duration timeout) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI readiness = URI.create(spec.baseUrl() + "/q/health/ready");
    long deadline = System.nanoTime() + timeout.toNanos();
    String lastAnswer = "no answer";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(spec.name() + " exited with status " + process.exitValue()
            + " during start; see " + logFile + "\n" + tail(logFile));
      }
      try {
        HttpResponse<String> response = client.send(
            HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
        lastAnswer = response.statusCode() + " " + response.body();
      } catch (IOException e) {
        lastAnswer = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted waiting for " + spec.name(), e);
      }
      LocalProcesses.sleep(Duration.ofMillis(500));
    }
    throw new IllegalStateException(spec.name() + " was not ready within " + timeout.toSeconds()
        + " s (last answer from " + readiness + ": " + lastAnswer + "); see " + logFile);
  }

  /** TERM (Quarkus shuts down gracefully), then KILL after a grace period. */
  public void stop() {
    LocalProcesses.stop(process.pid(), "TERM", STOP_GRACE);
  }

  static String tail(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }
}
