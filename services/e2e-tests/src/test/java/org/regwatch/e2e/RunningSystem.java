package org.regwatch.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regwatch.devstack.process.FreePorts;
import org.regwatch.devstack.stack.ServiceProcess;
import org.regwatch.devstack.stack.ServiceSpec;
import org.regwatch.devstack.stack.StackHome;
import org.regwatch.testsupport.RegwatchInfra;

/**
 * The whole system as production runs it: a real broker and database, and the three packaged
 * services as their own processes on free ports, logging under this module's {@code target/}.
 */
final class RunningSystem implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
  /** The operator key every service of this system accepts (regwatch.security.operator-keys). */
  static final String OPERATOR_KEY = "e2e-operator-key";

  private final StackHome home = StackHome.find();
  private final Path logs = Path.of("target", "e2e-logs").toAbsolutePath();
  private final RegwatchInfra infra;
  private final Map<String, ServiceProcess> services = new HashMap<>();
  private final Map<String, ServiceSpec> specs = new HashMap<>();
  /** Starts per service: each life logs to its own file, so a killed life's log survives. */
  private final Map<String, Integer> lives = new HashMap<>();

  /** The broker, the database and all three services. */
  RunningSystem() {
    this(ServiceSpec.ALL.stream().map(ServiceSpec::name).toArray(String[]::new));
  }

  /**
   * The broker, the database and only the named services: a test of one service's restart plays
   * the other services' part on the broker itself, and saves the machine two JVMs.
   */
  RunningSystem(String... serviceNames) {
    infra = RegwatchInfra.start(Path.of("target", "e2e-infra").toAbsolutePath());
    try {
      for (ServiceSpec standard : ServiceSpec.ALL) {
        if (List.of(serviceNames).contains(standard.name())) {
          start(standard);
        }
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  String baseUrl(String service) {
    return specs.get(service).baseUrl();
  }

  RegwatchInfra infra() {
    return infra;
  }

  /** Stops a service as an operator would (TERM) and starts it again, waiting until it is ready. */
  void restart(String service) {
    stop(service);
    startAgain(service);
  }

  /** TERM: the service shuts down gracefully (KILL only if it has not exited after 20 s). */
  void stop(String service) {
    services.remove(service).stop();
  }

  /**
   * SIGKILL, as a crash or the OOM killer would end it: no shutdown hook runs, nothing in memory
   * is flushed. Returns once the process is gone.
   */
  void kill(String service) {
    ProcessHandle process = ProcessHandle.of(services.remove(service).pid())
        .orElseThrow(() -> new IllegalStateException(service + " is not running"));
    process.destroyForcibly();
    process.onExit().join();
  }

  /** Starts a stopped or killed service again (on a new port), waiting until it is ready. */
  void startAgain(String service) {
    if (services.containsKey(service)) {
      throw new IllegalStateException(service + " is still running");
    }
    start(specs.get(service));
  }

  /** On a port chosen just before the start, to leave no time for another process to take it. */
  private void start(ServiceSpec standard) {
    String name = standard.name();
    ServiceSpec spec = standard.onPort(FreePorts.any());
    specs.put(name, spec);
    Map<String, String> settings = new HashMap<>();
    settings.put(RegwatchInfra.KAFKA_BOOTSTRAP_SERVERS, infra.bootstrapServers());
    if (spec.usesDatabase()) {
      settings.put(RegwatchInfra.JDBC_URL, infra.jdbcUrl());
      settings.put(RegwatchInfra.DB_USERNAME, infra.username());
      settings.put(RegwatchInfra.DB_PASSWORD, infra.password());
    }
    // One operator key for the three services, as deploy/run configures it (plain: a test key).
    settings.put("regwatch.security.operator-keys", OPERATOR_KEY);
    // The demo feed is polled every couple of seconds here, not at production spreads.
    settings.put("regwatch.poller.registry.min-poll-interval-seconds", "1");
    settings.put("regwatch.poller.schedule.first-poll-spread", "PT0.2S");
    settings.put("regwatch.poller.schedule.jitter", "0");
    // The webhook tests' receiver listens on localhost, which the SSRF guard refuses unless an
    // operator allow-lists it. Retries every 1-2 s instead of 5 s, 5 min, ...; a 10 s lease
    // instead of 45 s (still longer than the 5 s timeout: a request in flight is never claimed
    // twice), so that what a killed instance had claimed is due again within the test's patience.
    settings.put("regwatch.webhooks.allowed-hosts", "localhost");
    settings.put("regwatch.webhooks.retry-schedule", "1S" + ",2S".repeat(20));
    settings.put("regwatch.webhooks.timeout", "5S");
    settings.put("regwatch.webhooks.lease", "10S");
    ServiceProcess process =
        ServiceProcess.start(
        home.serviceJar(name), home.root(), logFile(name), spec, "256m", settings);
    services.put(name, process);
    process.awaitReady(READY_TIMEOUT);
  }

  private Path logFile(String name) {
    int life = lives.merge(name, 1, Integer::sum);
    return logs.resolve(life == 1 ? name + ".log" : name + "-" + life + ".log");
  }

  @Override
  public void close() {
    List<ServiceProcess> running = new ArrayList<>(services.values());
    services.clear();
    running.forEach(ServiceProcess::stop);
    infra.close();
  }
}
