package org.regwatch.query.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Keyset position in a listing: the sort it was issued for, the sort key of the last item of a page
 * (as PostgreSQL prints it, so that casting it back compares exactly) and that item's id, which
 * breaks ties. Opaque to clients (base64url) so that its format can change; a tampered cursor, or
 * one issued under another sort, is a 400 — following it would skip or repeat rows silently.
 */
public record Cursor(String sort, String key, String id) {

  private static final String SEPARATOR = "\n";

  public String encode() {
    String plain = sort + SEPARATOR + key + SEPARATOR + id;
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a cursor and checks it belongs to the sort the request asks for. */
  public static Cursor decode(String raw, SortKey expected) {
    Cursor cursor = decode(raw);
    if (!cursor.sort().equals(expected.name())) {
      throw ApiException.badRequest("cursor was issued for sort=" + cursor.sort()
          + ", not sort=" + expected.name() + "; start again without a cursor");
    }
    return cursor;
  }

  static Cursor decode(String raw) {
    try {
      String plain =
          new String(Base64.getUrlDecoder().decode(raw.trim()), StandardCharsets.UTF_8);
      String[] parts = plain.split(SEPARATOR, 3);
      if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
        throw new IllegalArgumentException("wrong shape");
      }
      return new Cursor(parts[0], parts[1], parts[2]);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "cursor is not one this API issued; use the nextCursor of a previous page");
    }
  }
}
