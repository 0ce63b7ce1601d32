package org.regwatch.query.subscriptions;

import java.security.SecureRandom;
import java.util.Base64;

/** Standard Webhooks secrets: "whsec_" + base64 of 32 random bytes (the HMAC key). */
public final class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  public static String newSecret() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return "whsec_" + Base64.getEncoder().encodeToString(key);
  }
}
