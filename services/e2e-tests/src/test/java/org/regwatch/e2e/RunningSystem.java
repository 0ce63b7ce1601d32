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

  RunningSystem() {
    infra = RegwatchInfra.start(Path.of("target", "e2e-infra").toAbsolutePath());
    try {
      for (ServiceSpec standard : ServiceSpec.ALL) {
        start(standard);
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
    services.remove(service).stop();
    start(specs.get(service));
  }

  /** On a port chosen just before the start, to leave no time for another process to take it. */
  private void start(ServiceSpec standard) {
    String name = standard.name();
    ServiceSpec spec = new ServiceSpec(name, FreePorts.any(), standard.usesDatabase());
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
    ServiceProcess process =
        ServiceProcess.start(
        home.serviceJar(name), home.root(), logs.resolve(name + ".log"), spec, "256m", settings);
    services.put(name, process);
    process.awaitReady(READY_TIMEOUT);
  }

  @Override
  public void close() {
    List<ServiceProcess> running = new ArrayList<>(services.values());
    services.clear();
    running.forEach(ServiceProcess::stop);
    infra.close();
  }
}
