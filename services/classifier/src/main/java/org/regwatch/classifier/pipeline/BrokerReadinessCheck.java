package org.regwatch.classifier.pipeline;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Readiness asks the broker itself, within a bounded time. Quarkus' own Kafka check waits for the
 * admin client's default API timeout (60 s) when the broker is down, longer than any probe waits;
 * this one answers DOWN in seconds, with the reason. It also logs each change between reachable
 * and unreachable, once, so that the log says plainly why the service is not ready.
 */
@Readiness
@ApplicationScoped
public class BrokerReadinessCheck implements HealthCheck {

  static final String NAME = "kafka-broker";

  private static final Logger LOG = Logger.getLogger(BrokerReadinessCheck.class);

  private final Map<String, Object> kafkaConfig;
  private final PipelineConfig config;
  private final Object lock = new Object();
  private Admin admin;
  private Boolean lastReachable;

  public BrokerReadinessCheck(
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, PipelineConfig config) {
    this.kafkaConfig = kafkaConfig;
    this.config = config;
  }

  /** Checks once at start, off the startup thread, so an unreachable broker is logged at once. */
  void onStart(@Observes StartupEvent event) {
    CompletableFuture.runAsync(this::call);
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named(NAME).withData("bootstrap.servers", bootstrapServers());
    long timeoutMs = config.brokerCheckTimeout().toMillis();
    try {
      Collection<Node> nodes =
          admin()
              .describeCluster(new DescribeClusterOptions().timeoutMs((int) timeoutMs))
              .nodes()
              .get(timeoutMs + 1_000, TimeUnit.MILLISECONDS);
      reachable(true, null);
      return response
          .withData("nodes", nodes.stream().map(n -> n.host() + ":" + n.port()).collect(Collectors.joining(",")))
          .up()
          .build();
    } catch (ExecutionException | TimeoutException e) {
      String reason = e instanceof ExecutionException && e.getCause() != null ? e.getCause().toString() : e.toString();
      reachable(false, reason);
      return response.withData("reason", reason).down().build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return response.withData("reason", "interrupted").down().build();
    }
  }

  private void reachable(boolean now, String reason) {
    synchronized (lock) {
      if (lastReachable != null && lastReachable == now) {
        return;
      }
      lastReachable = now;
    }
    if (now) {
      LOG.infof("Kafka broker %s is reachable: readiness UP", bootstrapServers());
    } else {
      LOG.warnf(
          "Kafka broker %s is NOT reachable (%s): readiness DOWN. The consumer and producers keep"
              + " retrying; classification resumes from the last committed offset once it is back",
          bootstrapServers(), reason);
    }
  }

  private Admin admin() {
    synchronized (lock) {
      if (admin == null) {
        Map<String, Object> props = new HashMap<>();
        kafkaConfig.forEach((k, v) -> {
          if (AdminClientConfig.configNames().contains(k)) {
            props.put(k, v);
          }
        });
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "regwatch-classifier-readiness");
        int timeout = (int) config.brokerCheckTimeout().toMillis();
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
        admin = Admin.create(props);
      }
      return admin;
    }
  }

  private String bootstrapServers() {
    return String.valueOf(kafkaConfig.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
  }

  @PreDestroy
  void close() {
    synchronized (lock) {
      if (admin != null) {
        admin.close(java.time.Duration.ofSeconds(2));
      }
    }
  }
}
