package org.regwatch.classifier.pipeline.retag;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regwatch.classifier.pipeline.PipelineConfig;
import org.regwatch.classifier.pipeline.TestConfigs;

class RetaggerTest {

  /** A port nobody listens on: the replay cannot get anywhere, so it stays running. */
  private static String unreachableBroker() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return "127.0.0.1:" + socket.getLocalPort();
    }
  }

  @Test
  void aSecondReplayIsRefusedWhileOneIsRunning() throws Exception {
    PipelineConfig config = TestConfigs.pipeline(false);
    Retagger retagger =
        new Retagger(null, null, config, Map.of("bootstrap.servers", unreachableBroker()), Clock.systemUTC());
    try {
      assertThat(retagger.start()).hasValueSatisfying(s -> assertThat(s.state()).isEqualTo(RetagStatus.State.RUNNING));

      assertThat(retagger.start()).isEmpty();
      assertThat(retagger.status().running()).isTrue();
    } finally {
      retagger.stop();
    }
  }

  @Test
  void beforeAnyReplayTheStatusIsIdle() {
    Retagger retagger = new Retagger(null, null, TestConfigs.pipeline(false), Map.of(), Clock.systemUTC());

    assertThat(retagger.status()).isEqualTo(RetagStatus.IDLE);
    retagger.stop();
  }
}
