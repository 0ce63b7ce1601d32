package org.regwatch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.regwatch.devstack.postgres.PostgresServer;
import org.regwatch.devstack.postgres.PostgresSettings;
import org.regwatch.devstack.process.LocalProcesses;

class RegwatchInfraTest {

  /** Above Linux's highest possible PID (2^22): certainly not a running test JVM. */
  private static final long DEAD_JVM = 4_194_399L;

  @Test
  void aDatabaseLeftByATestJvmThatDiedIsReapedAndItsFolderDeleted() {
    Path base = Path.of("target", "regwatch-infra-reap-test").toAbsolutePath();
    Path abandoned = base.resolve("jvm-" + DEAD_JVM);
    PostgresServer leftover = PostgresServer.startOwn(
        PostgresSettings.embedded(abandoned.resolve("postgres"), false, true)
            .withRuntimeDirectory(base.resolve("pg-runtime")));
    long leftoverPid = leftover.pid().orElseThrow(); // then forgotten, as by a JVM killed with -9

    RegwatchInfra infra = RegwatchInfra.start(base);
    try {
      assertThat(LocalProcesses.isAlive(leftoverPid)).isFalse();
      assertThat(abandoned).doesNotExist();
      assertThat(base.resolve("jvm-" + ProcessHandle.current().pid())).isDirectory();
    } finally {
      infra.stop();
    }
  }

  @Test
  void closingStopsBothAndDeletesTheirData() {
    Path base = Path.of("target", "regwatch-infra-close-test").toAbsolutePath();
    RegwatchInfra infra = RegwatchInfra.start(base);
    Path own = base.resolve("jvm-" + ProcessHandle.current().pid());
    long postgresPid = infra.postgres().pid().orElseThrow();
    assertThat(own.resolve("postgres")).isDirectory();

    infra.close();

    assertThat(LocalProcesses.isAlive(postgresPid)).isFalse();
    assertThat(own).doesNotExist();
    assertThat(base.resolve("pg-runtime")).isDirectory(); // unpacked once, shared by later runs
  }
}
