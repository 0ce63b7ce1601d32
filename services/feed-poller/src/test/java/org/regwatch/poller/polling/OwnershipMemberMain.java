package org.regwatch.poller.polling;

import io.quarkus.runtime.StartupEvent;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.regwatch.poller.PollerConfig;
import org.regwatch.poller.items.SeenState;
import org.regwatch.poller.kafka.DeadLetters;
import org.regwatch.poller.kafka.KafkaClients;

/**
 * A second poller instance in its own process, for {@link InstanceKillTest}: the production
 * ownership member (same group, same classes) and nothing else, printing {@code owned=[...]}
 * whenever its share of the registry partitions changes. The test kills it with SIGKILL, so it
 * never leaves the group and never stops its heartbeat politely.
 *
 * <p>Arguments: bootstrap servers, group id, session timeout (ISO-8601 duration).
 */
public final class OwnershipMemberMain {

  private OwnershipMemberMain() {}

  public static void main(String[] args) throws Exception {
    KafkaClients clients = new KafkaClients(args[0]);
    SeenState seen = new SeenState(clients);
    FeedOwnership ownership = new FeedOwnership(clients, seen, new DeadLetters(clients),
        new GroupOnlyConfig(args[1], Duration.parse(args[2])));
    seen.start(new StartupEvent());
    ownership.start(new StartupEvent());
    Set<Integer> last = Set.of();
    System.out.println("started");
    while (true) {
      Set<Integer> now = new TreeSet<>(ownership.ownedPartitions());
      if (!now.equals(last)) {
        System.out.println("owned=" + now);
        last = now;
      }
      Thread.sleep(100);
    }
  }

  /** Only what an ownership member reads; the rest belongs to the application's scheduler. */
  private record GroupOnlyConfig(String groupId, Duration sessionTimeout) implements PollerConfig {
    @Override public Group group() {
      return new Group() {
        @Override public String id() { return groupId; }
        @Override public Duration sessionTimeout() { return sessionTimeout; }
      };
    }
    @Override public Registry registry() { throw new UnsupportedOperationException(); }
    @Override public Fetch fetch() { throw new UnsupportedOperationException(); }
    @Override public Schedule schedule() { throw new UnsupportedOperationException(); }
    @Override public WebSub websub() { throw new UnsupportedOperationException(); }
    @Override public State state() { throw new UnsupportedOperationException(); }
  }
}
