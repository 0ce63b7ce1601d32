package org.regwatch.query.rebuild;

import java.time.Duration;
import java.time.Instant;

/** Counts one rebuild's events and derives rate and ETA; written by the rebuild thread only. */
final class RebuildProgress {

  private final Instant startedAt = Instant.now();
  private volatile String phase = "preparing";
  private volatile long done;
  private volatile long total;

  void phase(String phase) {
    this.phase = phase;
  }

  void addTotal(long more) {
    total += more;
  }

  void advance(long events) {
    done += events;
  }

  RebuildStatus snapshot(String state, Instant finishedAt, String error) {
    Instant end = finishedAt == null ? Instant.now() : finishedAt;
    double seconds = Math.max(Duration.between(startedAt, end).toMillis(), 1) / 1000.0;
    double rate = done / seconds;
    Long eta = finishedAt != null ? Long.valueOf(0)
        : rate > 0 ? Long.valueOf(Math.round((total - done) / rate)) : null;
    return new RebuildStatus(state, phase, startedAt, finishedAt, done, total,
        Math.round(rate * 10) / 10.0, eta, error);
  }
}
