package org.regwatch.query.security;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Generates subscriber API keys: "rwk_" + 256 random bits. They are stored as
 * {@link org.regwatch.apikeys.ApiKeyHashes#sha256Hex}, the same hash the operator keys use, which is
 * enough for keys of this entropy (bcrypt/argon2 only help LOW-entropy secrets such as passwords).
 */
public final class ApiKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeys() {}

  public static String newKey() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "rwk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
