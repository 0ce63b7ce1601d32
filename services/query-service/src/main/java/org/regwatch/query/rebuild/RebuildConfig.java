package org.regwatch.query.rebuild;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

@ConfigMapping(prefix = "regwatch.rebuild")
public interface RebuildConfig {

  /**
   * Events per transaction while replaying. Larger than the live projection's 500: the
   * grouping's statements are a fixed handful per batch, and nobody waits for a replayed event.
   */
  @WithDefault("2000")
  int batchSize();

  /** The swap transaction holds the live tables locked while it catches up; bound it. */
  @WithName("swap-timeout")
  @WithDefault("10M")
  Duration swapTimeout();
}
