package org.regwatch.poller.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Waiting in tests for something the running service does asynchronously (polls, pushes, flushes). */
public final class Await {

  private Await() {}

  /** Probes every 100 ms until the probe returns a value; fails the test naming what never came. */
  public static <T> T until(String what, Duration timeout, Supplier<Optional<T>> probe) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<T> value = probe.get();
      if (value.isPresent()) {
        return value.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("timed out waiting for " + what);
  }
}
