package org.regwatch.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of API keys, as lower-case hex. Keys carry 256 random bits, so a plain SHA-256 is
 * enough (bcrypt/argon2 protect low-entropy passwords and would only add cost per request); the
 * point of hashing is that configuration files and databases hold no usable secret.
 */
public final class ApiKeyHashes {

  private ApiKeyHashes() {}

  public static String sha256Hex(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Constant-time: how long the comparison takes must not tell a guesser how close it came. */
  public static boolean same(String hexA, String hexB) {
    return MessageDigest.isEqual(hexA.getBytes(StandardCharsets.US_ASCII),
        hexB.getBytes(StandardCharsets.US_ASCII));
  }
}
