package org.regwatch.poller.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the fixture feeds under src/test/resources/feeds/. */
public final class Fixtures {

  private Fixtures() {}

  /**
   * The moratorium news fixture with its article URLs moved to {@code host}: URL-based article
   * ids are global, so flow tests sharing the broker must not share articles; its {@code <ttl>}
   * (which would rightly hold the next poll for 30 min) removed.
   */
  public static byte[] moratoriumNewsOn(String host) {
    return new String(feed("rss2-moratorium-news.xml"), java.nio.charset.StandardCharsets.UTF_8)
        .replace("wire.example.net", host)
        .replace("<ttl>30</ttl>", "")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  public static byte[] feed(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/feeds/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
