package org.regwatch.e2e;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check of a webhook, written from the Standard Webhooks specification (as
 * docs/webhooks.md tells receivers to write it), not from the service's code.
 */
final class StandardWebhooks {

  private static final long TOLERANCE_SECONDS = 300;

  private StandardWebhooks() {}

  /**
   * True when one of the {@code v1,} signatures is the HMAC-SHA256, keyed with the base64 secret
   * after {@code whsec_}, of {@code id.timestamp.body}, and the timestamp was within five minutes
   * of the moment the request arrived.
   */
  static boolean verifies(String secret, WebhookReceiver.Receipt receipt) {
    String id = receipt.header("webhook-id");
    String timestamp = receipt.header("webhook-timestamp");
    String signatures = receipt.header("webhook-signature");
    if (id == null || timestamp == null || signatures == null) {
      return false;
    }
    if (Math.abs(receipt.arrived().getEpochSecond() - Long.parseLong(timestamp))
        > TOLERANCE_SECONDS) {
      return false;
    }
    byte[] expected = hmac(secret, id + "." + timestamp + "." + receipt.body());
    for (String signature : signatures.split(" ")) {
      if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
          Base64.getDecoder().decode(signature.substring(3)))) {
        return true;
      }
    }
    return false;
  }

  private static byte[] hmac(String secret, String content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(
          Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
      return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
