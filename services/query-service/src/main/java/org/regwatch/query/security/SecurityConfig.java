package org.regwatch.query.security;

import io.smallrye.config.ConfigMapping;
import java.util.List;

/** Who holds the operator role: keys from configuration, since operators are not in the database. */
@ConfigMapping(prefix = "regwatch.security")
public interface SecurityConfig {

  /** Each entry is "sha256:&lt;hex&gt;" (preferred: the file then holds no secret) or a plain key. */
  List<String> operatorKeys();
}
