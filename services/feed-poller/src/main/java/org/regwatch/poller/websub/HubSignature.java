package org.regwatch.poller.websub;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks {@code X-Hub-Signature: <method>=<hex HMAC of the body>} (WebSub §8). sha1 is what most
 * hubs still send; sha256/384/512 are accepted too. The comparison is constant-time.
 */
final class HubSignature {

  private static final Map<String, String> ALGORITHMS = Map.of(
      "sha1", "HmacSHA1", "sha256", "HmacSHA256", "sha384", "HmacSHA384", "sha512", "HmacSHA512");

  private HubSignature() {}

  static boolean valid(String header, byte[] body, String... secrets) {
    if (header == null || secrets.length == 0) {
      return false;
    }
    int eq = header.indexOf('=');
    if (eq <= 0) {
      return false;
    }
    String algorithm = ALGORITHMS.get(header.substring(0, eq).strip().toLowerCase(Locale.ROOT));
    byte[] given;
    try {
      given = HexFormat.of().parseHex(header.substring(eq + 1).strip().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (algorithm == null) {
      return false;
    }
    boolean ok = false;
    for (String secret : secrets) {
      ok |= MessageDigest.isEqual(hmac(algorithm, secret, body), given);
    }
    return ok;
  }

  static String sign(String method, String secret, byte[] body) {
    return method + "=" + HexFormat.of().formatHex(hmac(ALGORITHMS.get(method), secret, body));
  }

  private static byte[] hmac(String algorithm, String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " unavailable", e);
    }
  }
}
