package org.regwatch.query.projection;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs an action once the caller's JTA transaction has committed, never on rollback: whatever it
 * announces (an SSE notice, a wake of the delivery worker) must only point at rows others can
 * already read.
 */
public final class AfterCommit {

  private AfterCommit() {}

  public static void run(TransactionSynchronizationRegistry registry, Runnable action) {
    registry.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          action.run();
        }
      }
    });
  }
}
