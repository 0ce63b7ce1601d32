package org.regwatch.apikeys;

import io.smallrye.config.ConfigMapping;
import java.util.List;

/**
 * Who holds the operator role: keys from configuration ({@code REGWATCH_OPERATOR_KEYS}), since
 * operators are in no database. The same property as the query service's, so one setting serves
 * all three services.
 */
@ConfigMapping(prefix = "regwatch.security")
public interface OperatorKeysConfig {

  /** Each entry is "sha256:&lt;hex&gt;" (preferred: the file then holds no secret) or a plain key. */
  List<String> operatorKeys();
}
