package org.regwatch.query.readmodel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.function.Function;

/**
 * One value computed from the read model, kept for the read-model version it was computed at and
 * recomputed only when the version moves (views that would otherwise read every development per
 * request). Only the newest value is kept. Requests that find it outdated queue on one lock: the
 * first computes, the others take its result.
 *
 * <p>The version is read BEFORE the rows are, and only a value from a settled stamp is kept (see
 * {@link ReadModelVersion}): one computed while a projection transaction is committing serves that
 * request only, so no reader is ever served a view older than a commit it could have seen.
 */
public final class PerVersion<T> {

  /** A value and the stamp it was computed at. */
  public record Versioned<T>(ReadModelVersion.Stamp stamp, T value) {}

  private final ReadModelVersion versions;
  private final Function<ReadModelVersion.Stamp, T> compute;
  private final Object computing = new Object();
  private volatile Versioned<T> latest;

  /** {@code compute} runs in its own transaction: the caller may have none, or one that already read other rows. */
  public PerVersion(ReadModelVersion versions, Function<ReadModelVersion.Stamp, T> compute) {
    this.versions = versions;
    this.compute = compute;
  }

  public Versioned<T> current() {
    Versioned<T> v = latest;
    // versions only grow: a kept value is current exactly when nothing moved since
    if (v != null && v.stamp().version() == versions.current()) {
      return v;
    }
    synchronized (computing) {
      v = latest;
      ReadModelVersion.Stamp stamp = versions.stamp();
      if (v != null && v.stamp().version() == stamp.version()) {
        return v;
      }
      v = new Versioned<>(stamp, QuarkusTransaction.requiringNew().call(() -> compute.apply(stamp)));
      if (stamp.settled()) {
        latest = v;
      }
      return v;
    }
  }
}
