package org.regwatch.query.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that moves on with every projection transaction (and a rebuild's swap), so that views
 * computed from the developments (status board, moratorium clock) can be cached per version and
 * recomputed only when it moves — instead of reading every development per request.
 *
 * <p>A cached view must never hide a commit that someone could already have observed (a client
 * that saw a development in the list must find it on the board). A commit becomes visible to
 * other connections a moment BEFORE the committing thread gets to run its after-commit actions, so
 * moving the version after the commit alone leaves a window. Hence each enlisted transaction moves
 * the version once before it commits and once after, and counts itself as "in commit" in between:
 * a view computed while any transaction is in commit is {@linkplain Stamp#settled() unsettled} and
 * must not be cached. A view computed from a settled stamp v (version read, then no transaction in
 * commit) contains every commit that completed before any reader could see version v again.
 *
 * <p>The version lives in this process only; {@link #epoch()} tells one process's versions from
 * another's, so that an ETag made of it is never reused with other content after a restart.
 * Changes made behind the projection's back (hand-written SQL) are not seen until the next one.
 */
@ApplicationScoped
public class ReadModelVersion {

  private static final String ENLISTED = ReadModelVersion.class.getName() + ".enlisted";

  private final AtomicLong version = new AtomicLong();
  private final AtomicInteger inCommit = new AtomicInteger();
  private final String epoch = randomEpoch();
  private final TransactionSynchronizationRegistry registry;

  /** A version and whether no transaction was committing when it was read. */
  public record Stamp(long version, boolean settled) {}

  public ReadModelVersion(TransactionSynchronizationRegistry registry) {
    this.registry = registry;
  }

  /**
   * Marks the caller's transaction as one that may change the developments (call inside it; once
   * per transaction is enough, further calls do nothing).
   */
  public void enlist() {
    if (registry.getResource(ENLISTED) != null) {
      return;
    }
    registry.putResource(ENLISTED, Boolean.TRUE);
    registry.registerInterposedSynchronization(new Synchronization() {
      private boolean counted;

      @Override
      public void beforeCompletion() {
        inCommit.incrementAndGet();
        counted = true;
        version.incrementAndGet();
      }

      @Override
      public void afterCompletion(int status) {
        // also on rollback: whatever was read during the attempt is simply recomputed
        version.incrementAndGet();
        if (counted) {
          inCommit.decrementAndGet();
        }
      }
    });
  }

  /** The version, read BEFORE the data it will label; then whether it may be cached. */
  public Stamp stamp() {
    long v = version.get();
    return new Stamp(v, inCommit.get() == 0);
  }

  public long current() {
    return version.get();
  }

  public String epoch() {
    return epoch;
  }

  private static String randomEpoch() {
    byte[] bytes = new byte[6];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
