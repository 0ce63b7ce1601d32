package org.regwatch.query.rebuild;

import java.time.Instant;

/** Progress of the latest rebuild, as the operator sees it. */
public record RebuildStatus(String state, String phase, Instant startedAt, Instant finishedAt,
    long eventsDone, long eventsTotal, double eventsPerSecond, Long etaSeconds, String error) {

  public static RebuildStatus idle() {
    return new RebuildStatus("idle", null, null, null, 0, 0, 0, null, null);
  }

  public boolean running() {
    return "running".equals(state);
  }
}
