package org.regwatch.query.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Generates and hashes API keys. A key carries 256 random bits, so a plain SHA-256 is enough to
 * store it: bcrypt/argon2 slow down guessing of LOW-entropy secrets (passwords); against 2^256
 * candidates they add nothing but cost on every request.
 */
public final class ApiKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeys() {}

  public static String newKey() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "rwk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String hash(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
