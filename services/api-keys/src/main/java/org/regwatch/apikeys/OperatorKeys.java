package org.regwatch.apikeys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/** The configured operator keys, held only as hashes, and the check of a presented key. */
@ApplicationScoped
public class OperatorKeys {

  static final String SHA256_PREFIX = "sha256:";

  private final List<String> hashes;

  @Inject
  public OperatorKeys(OperatorKeysConfig config) {
    this(config.operatorKeys());
  }

  OperatorKeys(List<String> configured) {
    this.hashes = configured.stream()
        .map(String::trim)
        .filter(entry -> !entry.isEmpty())
        .map(OperatorKeys::hashOf)
        .toList();
  }

  private static String hashOf(String entry) {
    return entry.startsWith(SHA256_PREFIX)
        ? entry.substring(SHA256_PREFIX.length()).toLowerCase(Locale.ROOT)
        : ApiKeyHashes.sha256Hex(entry);
  }

  /** Compares against every configured hash, without stopping at a match, so timing says nothing. */
  public boolean isOperatorKey(String key) {
    String hash = ApiKeyHashes.sha256Hex(key);
    boolean match = false;
    for (String operator : hashes) {
      match |= ApiKeyHashes.same(operator, hash);
    }
    return match;
  }
}
