package org.regwatch.devstack.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceProcessCommandTest {

  private static final Path JAR = Path.of("services/query-service/target/quarkus-app/quarkus-run.jar");

  @Test
  void givenAServiceWithJvmOptions_whenItsCommandIsBuilt_thenTheyFollowTheHeapAndPrecedeTheJar() {
    ServiceSpec spec = new ServiceSpec("query-service", 18080, true, List.of("-XX:+UseParallelGC"));

    List<String> command = ServiceProcess.command(JAR, spec, "256m", Map.of("kafka.bootstrap.servers", "localhost:19092"));

    assertThat(command.subList(1, command.size())).containsExactly("-Xmx256m", "-XX:+UseParallelGC",
        "-Dquarkus.http.port=18080", "-Dkafka.bootstrap.servers=localhost:19092", "-jar", JAR.toString());
  }

  @Test
  void theQueryServiceRunsOnTheThroughputCollectorAndTheOthersOnTheDefault() {
    Map<String, List<String>> options = Map.of(
        ServiceSpec.ALL.get(0).name(), ServiceSpec.ALL.get(0).jvmOptions(),
        ServiceSpec.ALL.get(1).name(), ServiceSpec.ALL.get(1).jvmOptions(),
        ServiceSpec.ALL.get(2).name(), ServiceSpec.ALL.get(2).jvmOptions());

    assertThat(options).containsExactlyInAnyOrderEntriesOf(Map.of(
        "query-service", List.of("-XX:+UseParallelGC"), "classifier", List.of(), "feed-poller", List.of()));
  }

  @Test
  void aServiceMovedToAnotherPortKeepsItsJvmOptions() {
    ServiceSpec moved = ServiceSpec.ALL.get(0).onPort(18080);

    assertThat(moved).isEqualTo(new ServiceSpec("query-service", 18080, true, List.of("-XX:+UseParallelGC")));
  }
}
