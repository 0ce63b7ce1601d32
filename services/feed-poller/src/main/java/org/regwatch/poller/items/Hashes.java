package org.regwatch.poller.items;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short hex SHA-256 digests used for ids and content hashes. */
public final class Hashes {

  private Hashes() {}

  public static String sha256Hex(String text, int hexChars) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8), hexChars);
  }

  public static String sha256Hex(byte[] bytes, int hexChars) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest).substring(0, hexChars);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
