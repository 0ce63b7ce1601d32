package org.regwatch.query.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A receiver's check of a signature, written as docs/webhooks.md tells receivers to write it. */
final class Verify {

  private Verify() {}

  static boolean signedWith(String secret, Receiver.Received r) {
    try {
      byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      String content = r.header("webhook-id") + "." + r.header("webhook-timestamp") + "."
          + r.body();
      byte[] expected = mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
      for (String sig : r.header("webhook-signature").split(" ")) {
        if (sig.startsWith("v1,") && MessageDigest.isEqual(expected,
            Base64.getDecoder().decode(sig.substring(3)))) {
          return true;
        }
      }
      return false;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
