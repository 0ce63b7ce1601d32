package org.regwatch.devstack.kafka;

import java.nio.file.Path;

/** Test helper run in its own JVM: starts a broker, reports its PID, then waits to be killed. */
public final class StartBrokerAndWait {

  private StartBrokerAndWait() {}

  public static void main(String[] args) throws InterruptedException {
    KafkaBroker broker = KafkaBroker.start(
        BrokerSettings.of(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[0])));
    System.out.println("broker-pid=" + broker.pid());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
