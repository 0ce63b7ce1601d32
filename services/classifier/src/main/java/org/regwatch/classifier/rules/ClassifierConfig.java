package org.regwatch.classifier.rules;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Configuration of the rule engine ({@code regwatch.classifier.*}). */
@ConfigMapping(prefix = "regwatch.classifier")
public interface ClassifierConfig {

  /** A directory of extra or replacement rule packs ({@code *.yaml}); none by default. */
  Optional<Path> rulePacksDir();

  /** Longer texts are cut here and the classification is flagged {@code truncated}. */
  @WithDefault("100000")
  int maxTextChars();
}
