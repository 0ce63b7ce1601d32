package org.regwatch.query.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Keyset position in a newest-first listing: the sort time and id of the last item of a page.
 * Opaque to clients (base64url) so that its format can change; a tampered cursor is a 400.
 */
public record Cursor(Instant time, String id) {

  public String encode() {
    String plain = time.getEpochSecond() + ":" + time.getNano() + ":" + id;
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  public static Cursor decode(String raw) {
    try {
      String plain =
          new String(Base64.getUrlDecoder().decode(raw.trim()), StandardCharsets.UTF_8);
      String[] parts = plain.split(":", 3);
      if (parts.length != 3 || parts[2].isEmpty()) {
        throw new IllegalArgumentException("wrong shape");
      }
      return new Cursor(
          Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), parts[2]);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw ApiException.badRequest(
          "cursor is not one this API issued; use the nextCursor of a previous page");
    }
  }
}
