package org.regwatch.classifier.pipeline.retag;

import java.time.Instant;

/**
 * Progress of the re-tagging replay, as {@code GET /api/retag} shows it.
 *
 * @param state where the replay is
 * @param total records to replay: the articles topic's size when the replay started, grown by
 *     the records that arrived meanwhile (the replay catches up with them before it finishes)
 * @param done records read so far
 * @param classified classifications published and acknowledged
 * @param skipped records not republished: unknown event types, and records the live consumer
 *     already dead-lettered because they cannot be decoded
 * @param deadLettered records whose classification failed with the current packs
 * @param error why the replay failed, when it did
 */
public record RetagStatus(
    State state,
    Instant startedAt,
    Instant finishedAt,
    long total,
    long done,
    long classified,
    long skipped,
    long deadLettered,
    String error) {

  public enum State {
    IDLE,
    RUNNING,
    SUCCEEDED,
    FAILED
  }

  public static final RetagStatus IDLE = new RetagStatus(State.IDLE, null, null, 0, 0, 0, 0, 0, null);

  public static RetagStatus started(Instant now) {
    return new RetagStatus(State.RUNNING, now, null, 0, 0, 0, 0, 0, null);
  }

  public boolean running() {
    return state == State.RUNNING;
  }

  RetagStatus withTotal(long newTotal) {
    return new RetagStatus(state, startedAt, finishedAt, newTotal, done, classified, skipped, deadLettered, error);
  }

  RetagStatus plus(long read, long newClassified, long newSkipped, long newDeadLettered) {
    return new RetagStatus(
        state, startedAt, finishedAt, total, done + read, classified + newClassified,
        skipped + newSkipped, deadLettered + newDeadLettered, error);
  }

  RetagStatus succeeded(Instant now) {
    return new RetagStatus(State.SUCCEEDED, startedAt, now, total, done, classified, skipped, deadLettered, null);
  }

  RetagStatus failed(Instant now, String why) {
    return new RetagStatus(State.FAILED, startedAt, now, total, done, classified, skipped, deadLettered, why);
  }
}
