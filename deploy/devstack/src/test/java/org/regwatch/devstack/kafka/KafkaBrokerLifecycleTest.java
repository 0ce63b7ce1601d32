package org.regwatch.devstack.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.regwatch.devstack.process.FreePorts;
import org.regwatch.devstack.process.LocalProcesses;

class KafkaBrokerLifecycleTest {

  private static BrokerSettings settingsIn(String name) {
    Path directory = Path.of(System.getProperty("regwatch.test.dir", "target/test-infra"), name);
    return BrokerSettings.of(FreePorts.any(), FreePorts.any(), directory).withFreshData();
  }

  @Test
  void stoppingByPidLeavesNoProcessAndFreesThePort() {
    BrokerSettings settings = settingsIn("broker-stop-test");
    KafkaBroker broker = KafkaBroker.start(settings);
    long pid = broker.pid();

    broker.stop();

    assertThat(LocalProcesses.isAlive(pid)).isFalse();
    assertThat(settings.pidFile()).doesNotExist();
    assertThat(FreePorts.isListening("127.0.0.1", settings.port())).isFalse();
  }

  @Test
  void aBrokerForgottenByItsStarterIsReapedByPidAtTheNextStart() {
    BrokerSettings settings = settingsIn("broker-reap-test");
    KafkaBroker forgotten = KafkaBroker.start(settings); // as if the JVM that started it hung
    long leftover = forgotten.pid();

    KafkaBroker next = KafkaBroker.start(settings);
    try {
      assertThat(LocalProcesses.isAlive(leftover)).isFalse();
      assertThat(next.pid()).isNotEqualTo(leftover);
      assertThat(next.isRunning()).isTrue();
    } finally {
      next.stop();
      forgotten.stop();
    }
  }

  @Test
  void aBrokerDiesWithTheJvmThatStartedItEvenAfterKillMinus9() throws Exception {
    BrokerSettings settings = settingsIn("broker-orphan-test");
    Process starter = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
            "-cp", System.getProperty("java.class.path"),
            StartBrokerAndWait.class.getName(),
            settings.directory().toString(), Integer.toString(settings.port()),
            Integer.toString(settings.controllerPort()))
        .redirectErrorStream(true)
        .start();
    long brokerPid;
    try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(starter.getInputStream()))) {
      String line;
      do {
        line = lines.readLine();
      } while (line != null && !line.startsWith("broker-pid="));
      assertThat(line).as("the starter JVM reports its broker").isNotNull();
      brokerPid = Long.parseLong(line.substring("broker-pid=".length()));

      starter.destroyForcibly(); // SIGKILL: no shutdown hook runs in the starter
      starter.waitFor();
    }

    assertThat(LocalProcesses.awaitExit(brokerPid, Duration.ofSeconds(60))).isTrue();
  }
}
