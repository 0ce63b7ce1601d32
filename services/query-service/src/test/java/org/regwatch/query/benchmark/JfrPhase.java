package org.regwatch.query.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * A JFR recording of one measured phase (option {@code -Dbench.jfr=FILE}), so the profile holds
 * neither start-up nor warm-up. Shared by the projection benchmarks.
 */
final class JfrPhase {

  private JfrPhase() {}

  /** Starts recording to the file named by {@code bench.jfr}; null when the option is absent. */
  static Recording start() throws IOException {
    String file = System.getProperty("bench.jfr");
    if (file == null) {
      return null;
    }
    try {
      Recording r = new Recording(Configuration.getConfiguration("profile"));
      r.setDestination(Path.of(file));
      r.start();
      return r;
    } catch (java.text.ParseException e) {
      throw new IOException(e);
    }
  }

  static void stop(Recording recording) {
    if (recording != null) {
      recording.stop();
      recording.close();
    }
  }
}
