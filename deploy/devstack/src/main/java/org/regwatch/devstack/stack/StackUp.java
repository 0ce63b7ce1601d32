package org.regwatch.devstack.stack;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import org.regwatch.devstack.demo.DemoFeedServer;
import org.regwatch.devstack.kafka.BrokerSettings;
import org.regwatch.devstack.kafka.KafkaBroker;
import org.regwatch.devstack.kafka.TopicSetup;
import org.regwatch.devstack.postgres.PostgresServer;
import org.regwatch.devstack.process.FreePorts;

/**
 * {@code up}: starts Kafka, PostgreSQL, the demo feed and the three services, registers the demo
 * feed, prints the URLs, and stays in the foreground. Ctrl-C (or {@code down}, which sends TERM)
 * stops everything it started, in reverse order, and nothing else.
 */
public final class StackUp {

  private final StackHome home;
  private final StackConfig config;
  private final PrintStream out;
  private final StackComponents components;
  /** Stop actions of what has started so far, latest first. */
  private final Deque<Runnable> stopActions = new ArrayDeque<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private boolean stopping; // guarded by stopActions
  private StackState state;

  public StackUp(StackHome home, StackConfig config, PrintStream out) {
    this.home = home;
    this.config = config;
    this.out = out;
    this.components = new StackComponents(home);
  }

  /** Starts everything and blocks until the JVM is asked to stop; returns a process exit code. */
  public int run() throws InterruptedException {
    Optional<StackState> previous = StackState.read(home.stateFile());
    if (previous.isPresent() && components.isRunning(previous.get(), StackComponents.UP)) {
      out.printf("Regwatch is already running (pid %d). Stop it with: deploy/run stop%n",
          previous.get().pid(StackComponents.UP).getAsLong());
      return 1;
    }
    previous.ifPresent(this::reapLeftovers);
    components.reapInfrastructure(config);

    state = StackState.empty(home.stateFile());
    state.put("up.pid", ProcessHandle.current().pid());
    Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "regwatch-stack-stop"));
    try {
      startAll();
    } catch (RuntimeException e) {
      out.println();
      out.println("FAILED to start Regwatch: " + e.getMessage());
      out.println("Stopping what was started...");
      stopAll();
      return 1;
    }
    stopped.await();
    return 0;
  }

  private void startAll() {
    long started = System.nanoTime();
    int kafkaPort = FreePorts.preferred(config.kafkaPort());
    int controllerPort = FreePorts.preferred(config.kafkaControllerPort());
    int databasePort = FreePorts.preferred(config.databasePort());
    step("Starting Kafka (KRaft, port %d) and PostgreSQL...", kafkaPort);

    // The two are independent and each takes seconds: start PostgreSQL while the broker JVM boots.
    CompletableFuture<PostgresServer> postgresStart =
        CompletableFuture.supplyAsync(() -> PostgresServer.startOrUse(components.postgresSettings(config, databasePort)));
    KafkaBroker broker;
    try {
      broker = KafkaBroker.start(BrokerSettings.of(kafkaPort, controllerPort, home.kafka()));
    } catch (RuntimeException e) {
      postgresStart.thenAccept(PostgresServer::stop);
      throw e;
    }
    onStop("Kafka", broker::stop);
    state.put("kafka.pid", broker.pid()).put("kafka.port", kafkaPort).put("kafka.bootstrap", broker.bootstrapServers());
    step("  Kafka ready at %s (pid %d)", broker.bootstrapServers(), broker.pid());

    PostgresServer postgres = postgresStart.join();
    onStop("PostgreSQL", postgres::stop);
    state.put("postgres.jdbc-url", postgres.jdbcUrl()).put("postgres.port", postgres.port())
        .put("postgres.owned", postgres.owned());
    postgres.pid().ifPresent(pid -> state.put("postgres.pid", pid));
    step("  PostgreSQL ready at %s (%s)", postgres.jdbcUrl(),
        postgres.owned() ? "our own, pid " + postgres.pid().orElse(-1) + ", data in " + home.postgres() : "the configured server");

    try (Admin admin = broker.admin()) {
      List<String> created = new TopicSetup(config.partitions()).createAll(admin);
      step("  Topics ready (%s)", created.isEmpty() ? "already there" : "created " + String.join(", ", created));
    }

    DemoFeedServer demo = DemoFeedServer.start(FreePorts.preferred(config.demoPort()), "demo");
    onStop("demo feed server", demo::close);
    state.put("demo.port", demo.port()).put("demo.url", demo.feedUrl());

    List<ServiceProcess> services = startServices(broker, postgres);
    for (ServiceProcess service : services) {
      service.awaitReady(config.readyTimeout());
      step("  %s ready at %s (pid %d)", service.spec().name(), service.spec().baseUrl(), service.pid());
    }

    registerDemoFeed(demo);
    printUrls(demo, Duration.ofNanos(System.nanoTime() - started));
  }

  private List<ServiceProcess> startServices(KafkaBroker broker, PostgresServer postgres) {
    for (ServiceSpec spec : ServiceSpec.ALL) {
      if (!FreePorts.isFree(spec.port())) {
        throw new IllegalStateException("port " + spec.port() + " (" + spec.name()
            + ") is already in use by another process; stop that process first");
      }
    }
    step("Starting the services (logs in %s)...", home.logs());
    List<ServiceProcess> services = new ArrayList<>();
    for (ServiceSpec spec : ServiceSpec.ALL) {
      Map<String, String> settings = new LinkedHashMap<>();
      settings.put("kafka.bootstrap.servers", broker.bootstrapServers());
      // One operator key for the registry, re-tagging and the query service's admin endpoints.
      settings.put("regwatch.security.operator-keys", config.serviceOperatorKeys());
      if (spec.usesDatabase()) {
        settings.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
        settings.put("quarkus.datasource.username", postgres.username());
        settings.put("quarkus.datasource.password", postgres.password());
      }
      ServiceProcess service = ServiceProcess.start(home, spec, config.serviceHeap(), settings);
      onStop(spec.name(), service::stop);
      state.put(spec.name() + ".pid", service.pid()).put(spec.name() + ".port", spec.port())
          .put(spec.name() + ".log", service.logFile());
      services.add(service);
    }
    return services;
  }

  private void registerDemoFeed(DemoFeedServer demo) {
    if (!demo.hasFeed()) {
      step("  (no demo/feed.xml bundled in the devstack jar: nothing to register)");
      return;
    }
    String body = """
        {"url":"%s","title":"Regwatch demo feed","tags":["demo"],"pollIntervalSeconds":60,"fullText":false}"""
        .formatted(demo.feedUrl());
    URI feeds = URI.create("http://localhost:8081/api/feeds");
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(feeds).timeout(Duration.ofSeconds(15))
              .header("Content-Type", "application/json")
              .header("Authorization", "Bearer " + config.operatorKey())
              .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status == 201 || status == 200 || status == 409) {
        step("  Demo feed %s registered with the poller (%d)", demo.feedUrl(), status);
      } else {
        step("  WARNING: the poller answered %d to POST %s: %s", status, feeds, response.body());
      }
    } catch (java.io.IOException e) {
      step("  WARNING: could not register the demo feed: %s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void printUrls(DemoFeedServer demo, Duration took) {
    out.printf("""

        Regwatch is up (started in %d s). Open:
          Articles (query API)   http://localhost:8080/api/articles
          Swagger UI             http://localhost:8080/q/swagger-ui
          Demo feed              %s
          Health                 http://localhost:8080/q/health  http://localhost:8081/q/health  http://localhost:8082/q/health
          Operator API key       %s   (Authorization: Bearer <key>; see README "API keys")
          Kafka                  %s
          PostgreSQL             %s
        Logs in %s, data in %s.
        Press Ctrl-C (or run `deploy/run` again) to stop everything.
        %n""", took.toSeconds(), demo.feedUrl(), config.operatorKey(), state.get("kafka.bootstrap").orElse("?"),
        state.get("postgres.jdbc-url").orElse("?"), home.logs(), home.stateDirectory());
  }

  private void onStop(String name, Runnable action) {
    Runnable stop = () -> {
      out.println("  stopping " + name);
      action.run();
    };
    synchronized (stopActions) {
      if (stopping) {
        // A stop request (Ctrl-C, `down`) arrived while we were still starting: whatever starts
        // after it is stopped at once, or it would outlive this JVM.
        stop.run();
        throw new IllegalStateException("stop requested during start");
      }
      stopActions.push(stop);
    }
  }

  /** Runs once, from the shutdown hook or after a failed start: latest started, first stopped. */
  private void stopAll() {
    synchronized (stopActions) {
      stopping = true;
      if (stopActions.isEmpty() && stopped.getCount() == 0) {
        return;
      }
      if (!stopActions.isEmpty()) {
        out.println("Stopping Regwatch...");
      }
      while (!stopActions.isEmpty()) {
        try {
          stopActions.pop().run();
        } catch (RuntimeException e) {
          out.println("  (while stopping: " + e.getMessage() + ")");
        }
      }
      if (state != null) {
        state.delete();
      }
      stopped.countDown();
    }
  }

  /** A previous `up` died without stopping its children (kill -9): stop them by their PIDs. */
  private void reapLeftovers(StackState previous) {
    for (ServiceSpec spec : ServiceSpec.ALL) {
      if (components.stopIfRunning(previous, spec.name())) {
        out.printf("Stopped %s left over by a previous run%n", spec.name());
      }
    }
    previous.delete();
  }

  private void step(String format, Object... arguments) {
    out.printf(format + "%n", arguments);
  }
}
