package org.regwatch.query.rebuild;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The service's entry point, with one command: {@code java -jar quarkus-run.jar rebuild} starts
 * the service against the configured database and broker, runs ONE rebuild through the same
 * {@link Rebuilder} as {@code POST /api/admin/rebuild}, prints progress every five seconds and
 * exits (0 = succeeded, 1 = failed). Without arguments the service runs as usual.
 */
@QuarkusMain
public class RebuildCommand implements QuarkusApplication {

  @Inject
  Rebuilder rebuilder;

  @Override
  public int run(String... args) {
    if (args.length == 0) {
      Quarkus.waitForExit();
      return 0;
    }
    if (!args[0].equals("rebuild") || args.length > 1) {
      System.err.println("usage: java -jar quarkus-run.jar [rebuild]");
      return 2;
    }
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    ticker.scheduleAtFixedRate(() -> System.out.println(line(rebuilder.status())), 5, 5,
        TimeUnit.SECONDS);
    try {
      RebuildStatus done = rebuilder.runNow();
      System.out.println(line(done));
      return "succeeded".equals(done.state()) ? 0 : 1;
    } finally {
      ticker.shutdownNow();
    }
  }

  private static String line(RebuildStatus s) {
    return String.format("rebuild %s (%s): %d / %d events, %.0f events/s, eta %s s%s", s.state(),
        s.phase(), s.eventsDone(), s.eventsTotal(), s.eventsPerSecond(), s.etaSeconds(),
        s.error() == null ? "" : ", error: " + s.error());
  }
}
