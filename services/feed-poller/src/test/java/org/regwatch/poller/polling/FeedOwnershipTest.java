package org.regwatch.poller.polling;

import static io.restassured.RestAssured.given;
import static org.regwatch.poller.testing.Operator.asOperator;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.regwatch.poller.PollerConfig;
import org.regwatch.poller.feeds.RegistryView;
import org.regwatch.poller.items.SeenState;
import org.regwatch.poller.kafka.DeadLetters;
import org.regwatch.poller.kafka.KafkaClients;
import org.regwatch.poller.testing.TopicReader;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * Two poller instances in one JVM: the application, and a second ownership member built from the
 * same classes with its own Kafka clients, in the same consumer group. Kafka's assignment splits
 * the registry partitions between them without overlap, the application stops polling the feeds
 * it gave away, and when the second instance leaves, the application takes everything back.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class FeedOwnershipTest {

  private static final Set<Integer> ALL = Set.of(0, 1, 2, 3, 4, 5);

  @Inject FeedOwnership application;
  @Inject PollerConfig config;
  @Inject RegistryView registry;
  @Inject PollStates states;

  private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(200);
    }
  }

  @Test
  void twoInstancesSplitTheFeedsWithoutOverlap_andTheSurvivorTakesAllBackWhenOneLeaves() throws Exception {
    for (int i = 0; i < 12; i++) {
      asOperator().contentType(ContentType.JSON)
          .body(Map.of("url", "https://owner-test.example.invalid/" + UUID.randomUUID(), "pollIntervalSeconds", 1))
          .when().post("/api/feeds").then().statusCode(201);
    }
    await("the application to own every partition", Duration.ofSeconds(60),
        () -> application.ownedPartitions().equals(ALL));

    KafkaClients secondClients = new KafkaClients(TopicReader.bootstrap());
    SeenState secondSeen = new SeenState(secondClients);
    FeedOwnership second = new FeedOwnership(secondClients, secondSeen, new DeadLetters(secondClients), config);
    secondSeen.start(new StartupEvent());
    second.start(new StartupEvent());
    try {
      await("a split between the two instances", Duration.ofSeconds(60), () -> {
        Set<Integer> a = application.ownedPartitions();
        Set<Integer> b = second.ownedPartitions();
        Set<Integer> union = new HashSet<>(a);
        union.addAll(b);
        return !a.isEmpty() && !b.isEmpty() && union.equals(ALL);
      });
      Set<Integer> mine = application.ownedPartitions();
      Set<Integer> theirs = second.ownedPartitions();
      assertThat(mine).doesNotContainAnyElementsOf(theirs);

      Thread.sleep(1_000); // a few scheduler ticks
      registry.all().stream()
          .filter(feed -> theirs.contains(feed.partition()))
          .forEach(feed -> assertThat(states.view(feed.id()))
              .as("feed %s in partition %d belongs to the other instance", feed.id(), feed.partition())
              .isEmpty());
    } finally {
      second.stop(new ShutdownEvent());
      secondSeen.stop(new ShutdownEvent());
      secondClients.close();
    }

    await("the survivor to own every partition again", Duration.ofSeconds(60),
        () -> application.ownedPartitions().equals(ALL));
  }
}
