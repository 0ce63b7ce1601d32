package org.regwatch.poller.polling;

import static io.restassured.RestAssured.given;
import static org.regwatch.poller.testing.Operator.asOperator;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.regwatch.poller.PollerConfig;
import org.regwatch.poller.feeds.FeedEntry;
import org.regwatch.poller.feeds.RegistryView;
import org.regwatch.poller.testing.FeedServer;
import org.regwatch.poller.testing.TopicReader;
import org.regwatch.testsupport.RegwatchInfraResource;

/**
 * Two poller instances, the second in its own JVM process, in the same consumer group. The second
 * is killed with SIGKILL: it neither leaves the group nor closes its consumer, so only the group
 * coordinator's session timeout can notice. The application must then poll the feeds the dead
 * instance held, within that timeout plus one rebalance.
 */
@QuarkusTest
@QuarkusTestResource(value = RegwatchInfraResource.class, restrictToAnnotatedClass = false)
class InstanceKillTest {

  private static final Set<Integer> ALL = Set.of(0, 1, 2, 3, 4, 5);
  private static final byte[] EMPTY_RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Quiet council minutes</title>
      <link>https://minutes.example.org/</link><description>nothing new</description></channel></rss>
      """.getBytes(StandardCharsets.UTF_8);

  @Inject FeedOwnership application;
  @Inject PollerConfig config;
  @Inject RegistryView registry;

  private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(100);
    }
  }

  private Process startSecondInstance(AtomicReference<Set<Integer>> owned) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
        OwnershipMemberMain.class.getName(), TopicReader.bootstrap(), config.group().id(),
        config.group().sessionTimeout().toString())
        .redirectErrorStream(true)
        .start();
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          if (line.startsWith("owned=[")) {
            String list = line.substring("owned=[".length(), line.length() - 1).strip();
            owned.set(list.isEmpty() ? Set.of() : Arrays.stream(list.split(",\\s*"))
                .map(Integer::valueOf).collect(Collectors.toSet()));
          }
        }
      } catch (Exception e) {
        // the process was killed
      }
    }, "second-instance-output");
    reader.setDaemon(true);
    reader.start();
    return process;
  }

  @Test
  void whenAnInstanceIsKilledWithoutLeaving_theSurvivorPollsItsFeedsWithinTheSessionTimeout() throws Exception {
    try (FeedServer server = new FeedServer()) {
      Map<String, String> pathByFeed = new HashMap<>();
      for (int i = 0; i < 12; i++) {
        String path = "/" + UUID.randomUUID() + "/minutes.xml";
        server.conditional(path, EMPTY_RSS, "\"m1\"", "application/rss+xml");
        String id = asOperator().contentType(ContentType.JSON)
            .body(Map.of("url", server.url(path), "pollIntervalSeconds", 1))
            .when().post("/api/feeds").then().statusCode(201).extract().path("id");
        pathByFeed.put(id, path);
      }
      await("the application to own every partition", Duration.ofSeconds(60),
          () -> application.ownedPartitions().equals(ALL));

      AtomicReference<Set<Integer>> secondOwns = new AtomicReference<>(Set.of());
      Process second = startSecondInstance(secondOwns);
      try {
        await("a split between the application and the second process", Duration.ofSeconds(90), () -> {
          Set<Integer> a = application.ownedPartitions();
          Set<Integer> b = secondOwns.get();
          Set<Integer> union = new HashSet<>(a);
          union.addAll(b);
          return !a.isEmpty() && !b.isEmpty() && union.equals(ALL) && a.stream().noneMatch(b::contains);
        });
        Set<Integer> theirs = Set.copyOf(secondOwns.get());
        List<String> theirFeeds = new ArrayList<>();
        for (FeedEntry entry : registry.all()) {
          if (pathByFeed.containsKey(entry.id()) && theirs.contains(entry.partition())) {
            theirFeeds.add(entry.id());
          }
        }
        assertThat(theirFeeds).as("some of the 12 feeds fall in the second instance's partitions").isNotEmpty();

        Thread.sleep(1_500); // a poll that started before the handover may still finish
        Map<String, Integer> before = new HashMap<>();
        theirFeeds.forEach(id -> before.put(id, server.requests(pathByFeed.get(id)).size()));
        Thread.sleep(2_000);
        theirFeeds.forEach(id -> assertThat(server.requests(pathByFeed.get(id)).size())
            .as("feed %s is not polled by the application while the second instance owns it", id)
            .isEqualTo(before.get(id)));

        long killedAt = System.nanoTime();
        second.destroyForcibly(); // SIGKILL: no LeaveGroup, no consumer close
        second.waitFor();
        await("the application to poll every feed of the killed instance", Duration.ofSeconds(60),
            () -> theirFeeds.stream().allMatch(id -> server.requests(pathByFeed.get(id)).size() > before.get(id)));
        Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
        System.out.printf("InstanceKillTest: %d feeds of the killed instance polled again %d ms after SIGKILL "
            + "(session timeout %s)%n", theirFeeds.size(), takeover.toMillis(), config.group().sessionTimeout());

        assertThat(takeover).as("takeover within the session timeout plus one rebalance and first poll")
            .isLessThan(config.group().sessionTimeout().plusSeconds(8));
        assertThat(application.ownedPartitions()).isEqualTo(ALL);
      } finally {
        second.destroyForcibly();
      }
    }
  }
}
