package org.regwatch.query.projection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the projection waits out a database it cannot reach. */
@ConfigMapping(prefix = "regwatch.projection")
public interface ProjectionConfig {

  /** First pause after a failed transaction; doubles up to {@link #maxBackoff()}. */
  @WithDefault("PT0.5S")
  Duration initialBackoff();

  @WithDefault("PT15S")
  Duration maxBackoff();
}
