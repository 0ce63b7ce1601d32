package org.regwatch.poller.polling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.regwatch.poller.feeds.RegistryView;
import org.regwatch.poller.kafka.KafkaClients;
import org.regwatch.poller.kafka.KafkaReadiness;

class ReadinessWithoutKafkaTest {

  @Test
  void withNoBrokerListening_readinessIsDownAndSaysWhere() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    KafkaClients clients = new KafkaClients("127.0.0.1:" + closedPort);
    KafkaReadiness readiness = new KafkaReadiness(clients, new RegistryView(clients));

    HealthCheckResponse response = readiness.call();

    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(response.getData().orElseThrow().get("error").toString())
        .startsWith("Kafka unreachable at 127.0.0.1:" + closedPort);
  }
}
