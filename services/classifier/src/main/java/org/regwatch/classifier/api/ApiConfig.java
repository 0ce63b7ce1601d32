package org.regwatch.classifier.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the operator API; a sub-prefix so as not to collide with the rule engine's keys. */
@ConfigMapping(prefix = "regwatch.classifier.api")
public interface ApiConfig {

  /**
   * Largest request body {@code POST /api/classify} reads. A real article is rarely above 100 KB;
   * the limit keeps one careless paste from holding a worker thread on megabytes of text.
   */
  @WithDefault("1048576")
  int maxBodyBytes();

  /** Characters of context shown on each side of a highlighted evidence span. */
  @WithDefault("80")
  int snippetContextChars();
}
