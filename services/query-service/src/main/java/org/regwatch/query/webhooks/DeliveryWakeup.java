package org.regwatch.query.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.regwatch.query.projection.AfterCommit;

/**
 * Wakes the delivery worker when new outbox rows become claimable, so that a change is claimed
 * within milliseconds instead of at the next poll ({@code poll-interval}, which stays as the
 * safety net for rows written elsewhere, e.g. by another instance).
 *
 * <p>Within a projection transaction the wake waits for the COMMIT: an uncommitted row is
 * invisible to the claim, so waking earlier would find nothing and the row would wait for the
 * poll after all. One wake per transaction however many rows it wrote; the worker coalesces
 * wakes further (at most one extra claim queued).
 */
@ApplicationScoped
public class DeliveryWakeup {

  /** Marks a transaction that has its wake registered already. */
  private static final String REGISTERED = DeliveryWakeup.class.getName();

  private final TransactionSynchronizationRegistry registry;
  private final DeliveryWorker worker;

  public DeliveryWakeup(TransactionSynchronizationRegistry registry, DeliveryWorker worker) {
    this.registry = registry;
    this.worker = worker;
  }

  /** Wakes the worker once the caller's (JTA) transaction has committed; never on rollback. */
  public void afterCommit() {
    if (registry.getResource(REGISTERED) != null) {
      return;
    }
    registry.putResource(REGISTERED, Boolean.TRUE);
    AfterCommit.run(registry, worker::wake);
  }

  /** Wakes the worker now: for callers whose own transaction has already committed. */
  public void now() {
    worker.wake();
  }
}
