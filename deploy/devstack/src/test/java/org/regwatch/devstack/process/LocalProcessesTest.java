package org.regwatch.devstack.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalProcessesTest {

  @Test
  void aProcessIsOursOnlyWhenItsCommandLineCarriesEveryMarker() throws Exception {
    Process sleeper = new ProcessBuilder("sleep", "61.5").start();
    try {
      assertThat(LocalProcesses.isOurs(sleeper.pid(), "sleep", "61.5")).isTrue();
      assertThat(LocalProcesses.isOurs(sleeper.pid(), "sleep", "org.regwatch.broker.BrokerMain")).isFalse();
    } finally {
      sleeper.destroyForcibly().waitFor();
    }
  }

  @Test
  void stopSendsTheSignalAndWaitsForTheExit() throws Exception {
    Process sleeper = new ProcessBuilder("sleep", "62.5").start();

    // TERM, not INT: a shell without job control starts background jobs with INT ignored, and
    // `sleep` (which installs no handler) inherits that, so INT would need KILL when the suite
    // runs from `mvn verify &` — a fact of the caller, not of LocalProcesses
    boolean killed = LocalProcesses.stop(sleeper.pid(), "TERM", Duration.ofSeconds(10));

    assertThat(killed).as("needed KILL").isFalse();
    assertThat(LocalProcesses.isAlive(sleeper.pid())).isFalse();
  }

  @Test
  void aProcessIgnoringTheSignalIsKilledAfterTheGracePeriod() throws Exception {
    Process stubborn = new ProcessBuilder("bash", "-c", "trap '' TERM; sleep 63.5").start();
    LocalProcesses.sleep(Duration.ofMillis(300)); // let bash install the trap

    boolean killed = LocalProcesses.stop(stubborn.pid(), "TERM", Duration.ofMillis(500));

    assertThat(killed).isTrue();
    assertThat(LocalProcesses.isAlive(stubborn.pid())).isFalse();
  }

  @Test
  void aPidFileIsReadBackAndGarbageIsIgnored(@TempDir Path directory) throws Exception {
    Path pidFile = directory.resolve("x.pid");
    LocalProcesses.writePid(pidFile, 4242);
    assertThat(LocalProcesses.readPid(pidFile)).hasValue(4242);

    Files.writeString(pidFile, "not a pid\n");
    assertThat(LocalProcesses.readPid(pidFile)).isEmpty();
    assertThat(LocalProcesses.readPid(directory.resolve("missing.pid"))).isEmpty();
  }
}
