package org.regwatch.query.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the REST API. */
@ConfigMapping(prefix = "regwatch.api")
public interface ApiConfig {

  /** Page size when the client gives no {@code limit}. */
  @WithDefault("20")
  int defaultLimit();

  /** Largest {@code limit} accepted; larger asks are a 400, not a silent cap, so clients notice. */
  @WithDefault("200")
  int maxLimit();
}
