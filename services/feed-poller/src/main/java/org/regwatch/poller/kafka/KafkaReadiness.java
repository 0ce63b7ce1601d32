package org.regwatch.poller.kafka;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.regwatch.poller.feeds.RegistryView;

/**
 * Ready when the broker answers and the registry view has read the whole registry. Liveness is
 * deliberately not tied to Kafka: restarting the process would not bring the broker back.
 */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {

  private final KafkaClients clients;
  private final RegistryView registry;
  private Admin admin;

  public KafkaReadiness(KafkaClients clients, RegistryView registry) {
    this.clients = clients;
    this.registry = registry;
  }

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("kafka").withData("bootstrap", clients.bootstrapServers());
    try {
      int nodes = admin().describeCluster().nodes().get(3, TimeUnit.SECONDS).size();
      response.withData("brokers", nodes);
    } catch (Exception e) {
      return response
          .down()
          .withData("error", "Kafka unreachable at " + clients.bootstrapServers() + ": " + e)
          .build();
    }
    if (!registry.isLoaded()) {
      return response.down().withData("error", "feed registry still loading from " + "regwatch.feeds").build();
    }
    return response.up().withData("feeds", registry.all().size()).build();
  }

  private synchronized Admin admin() {
    if (admin == null) {
      admin = Admin.create(clients.adminProperties());
    }
    return admin;
  }

  @PreDestroy
  synchronized void close() {
    if (admin != null) {
      admin.close(java.time.Duration.ofSeconds(2));
    }
  }
}
