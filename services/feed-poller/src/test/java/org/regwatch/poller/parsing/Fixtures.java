package org.regwatch.poller.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the fixture feeds under src/test/resources/feeds/. */
public final class Fixtures {

  private Fixtures() {}

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
