package org.regwatch.query.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regwatch.query.fixtures.Eventually;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * The delivery worker stops and starts again, over the real database and a real receiver, while
 * messages are pending and in flight. Between its lives the worker keeps nothing in memory: a new
 * life knows only the outbox, as a restarted process would. A graceful stop is what the service
 * does on SIGTERM (the ShutdownEvent calls the same stop); a crash records nothing more, as a
 * killed process would, while the requests already on the wire still reach the receiver.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class DeliveryRestartTest {

  private static final String BODY = "{\"type\":\"development.changed\","
      + "\"timestamp\":\"2026-11-18T10:00:00Z\",\"data\":{\"development\":{\"id\":\"dev-test\","
      + "\"kind\":\"moratorium\",\"status\":\"announced\",\"actor\":\"Port Alder\"}}}";

  @Inject
  AgroalDataSource dataSource;

  @Inject
  DeliveryWorker worker;

  @AfterEach
  void running() {
    worker.start();
  }

  @Test
  void afterAStopWithDeliveriesPendingAndInFlightEveryMessageArrivesExactlyOnce()
      throws Exception {
    try (Receiver slow = new Receiver(new Receiver.Reply(200, Map.of(), 300))) {
      Accounts.Hook hook = Accounts.subscribe(Accounts.subscriber("Metro Wire alerts"),
          slow.url());
      List<String> messages = outbox().pending(hook.id(), BODY, 24);
      Eventually.assertThat(() -> assertThat(slow.received).hasSizeGreaterThanOrEqualTo(4));

      worker.stop();
      int atStop = slow.received.size();
      Thread.sleep(1500);

      assertThat(slow.received).hasSize(atStop);
      assertThat(outbox().count(hook.id(), "pending")).isEqualTo(24 - atStop);
      worker.start();
      Eventually.assertThat(Duration.ofSeconds(30),
          () -> assertThat(outbox().count(hook.id(), "delivered")).isEqualTo(24));
      Thread.sleep(1000);
      assertThat(receiptsPerWebhookId(slow)).containsOnlyKeys(messages)
          .allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1L));
    }
  }

  @Test
  void afterACrashMidDeliveryEveryMessageArrivesAndOnlyThoseInFlightArriveTwiceWithTheirId()
      throws Exception {
    try (Receiver slow = new Receiver(new Receiver.Reply(200, Map.of(), 400))) {
      Accounts.Hook hook = Accounts.subscribe(Accounts.subscriber("Civic Ledger alerts"),
          slow.url());
      List<String> messages = outbox().pending(hook.id(), BODY, 16);
      Eventually.assertThat(() -> assertThat(slow.received).hasSizeGreaterThanOrEqualTo(3));

      worker.crash();
      worker.start();
      Eventually.assertThat(Duration.ofSeconds(40),
          () -> assertThat(outbox().count(hook.id(), "delivered")).isEqualTo(16));
      Thread.sleep(1000);

      Map<String, Long> receipts = receiptsPerWebhookId(slow);
      assertThat(receipts).containsOnlyKeys(messages);
      // at most the requests in flight at the crash (2 per endpoint in tests) come again, with
      // the same webhook-id, which is what a receiver deduplicates on
      assertThat(receipts.values().stream().filter(n -> n > 1).count()).isLessThanOrEqualTo(2);
      assertThat(receipts.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 2L));
    }
  }

  private OutboxRows outbox() {
    return new OutboxRows(dataSource);
  }

  private static Map<String, Long> receiptsPerWebhookId(Receiver receiver) {
    return receiver.received.stream().map(r -> r.header("webhook-id"))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}
