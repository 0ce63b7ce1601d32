package org.regwatch.poller.polling;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;
import org.regwatch.events.EventCodec;
import org.regwatch.events.EventDecodingException;
import org.regwatch.events.Topics;
import org.regwatch.events.UnknownEventException;
import org.regwatch.poller.PollerConfig;
import org.regwatch.poller.items.SeenState;
import org.regwatch.poller.kafka.DeadLetters;
import org.regwatch.poller.kafka.KafkaClients;

/**
 * Which feeds this instance polls: those whose registry record sits in a partition that Kafka's
 * group coordinator assigned to this instance's consumer. No home-made election; when an instance
 * dies, the group reassigns its partitions within the session timeout.
 *
 * <p>Before newly assigned partitions count as owned, the seen-state is caught up, so the new
 * owner does not re-publish what the previous owner already published.
 *
 * <p>The same consumer is the registry's dead-letter gate. Channel contract: commit strategy —
 * synchronous commit after each polled batch is handled; failure strategy — a record that is not
 * a readable event is sent to {@code regwatch.dead-letters} (acknowledged) before the commit; an
 * event of an unknown type or newer version is counted and skipped.
 */
@ApplicationScoped
public class FeedOwnership {

  private static final Logger LOG = Logger.getLogger(FeedOwnership.class);

  private final KafkaClients clients;
  private final SeenState seenState;
  private final DeadLetters deadLetters;
  private final PollerConfig.Group group;
  private final EventCodec codec = new EventCodec();
  private final Set<Integer> owned = ConcurrentHashMap.newKeySet();
  private final AtomicLong deadLettered = new AtomicLong();
  private final AtomicLong unknown = new AtomicLong();
  private volatile boolean running = true;
  private volatile KafkaConsumer<String, byte[]> consumer;
  private Thread thread;

  public FeedOwnership(KafkaClients clients, SeenState seenState, DeadLetters deadLetters, PollerConfig config) {
    this.clients = clients;
    this.seenState = seenState;
    this.deadLetters = deadLetters;
    this.group = config.group();
  }

  public void start(@Observes StartupEvent event) {
    thread = new Thread(this::run, "feed-ownership");
    thread.setDaemon(true);
    thread.start();
  }

  public void stop(@Observes ShutdownEvent event) {
    running = false;
    KafkaConsumer<String, byte[]> c = consumer;
    if (c != null) {
      c.wakeup();
    }
    if (thread != null) {
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public boolean owns(int partition) {
    return owned.contains(partition);
  }

  public Set<Integer> ownedPartitions() {
    return Set.copyOf(owned);
  }

  public long deadLettered() {
    return deadLettered.get();
  }

  private void run() {
    long backoffMs = 500;
    while (running) {
      try (KafkaConsumer<String, byte[]> c =
          clients.groupConsumer(group.id(), group.sessionTimeout().toMillis())) {
        consumer = c;
        c.subscribe(List.of(Topics.FEEDS), new Listener());
        backoffMs = 500;
        while (running) {
          var records = c.poll(Duration.ofMillis(500));
          for (ConsumerRecord<String, byte[]> record : records) {
            gate(record);
          }
          if (!records.isEmpty()) {
            c.commitSync();
          }
        }
      } catch (WakeupException e) {
        // stopping
      } catch (Exception e) {
        if (!running) {
          break;
        }
        owned.clear();
        LOG.warnf("feed ownership consumer failed (%s); rejoining in %d ms", e.toString(), backoffMs);
        sleep(backoffMs);
        backoffMs = Math.min(backoffMs * 2, 10_000);
      } finally {
        consumer = null;
      }
    }
    owned.clear();
  }

  private void gate(ConsumerRecord<String, byte[]> record) throws Exception {
    if (record.value() == null) {
      return; // tombstone: a legitimate end of a feed's history
    }
    try {
      codec.decode(record.value());
    } catch (UnknownEventException e) {
      unknown.incrementAndGet();
      LOG.infof("skipping registry event of unknown type/version at %d@%d: %s",
          record.partition(), record.offset(), e.getMessage());
    } catch (EventDecodingException e) {
      deadLetters.send(record, e.getMessage());
      deadLettered.incrementAndGet();
      LOG.warnf("dead-lettered registry record %d@%d: %s", record.partition(), record.offset(), e.getMessage());
    }
  }

  private final class Listener implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      try {
        if (!seenState.awaitCaughtUp(Duration.ofSeconds(60))) {
          LOG.warn("seen-state not caught up within 60 s; polling anyway (consumers de-duplicate)");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        LOG.warnf("could not check the seen-state (%s); polling anyway (consumers de-duplicate)", e);
      }
      partitions.forEach(tp -> owned.add(tp.partition()));
      LOG.infof("now polling the feeds of registry partitions %s", owned);
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      partitions.forEach(tp -> owned.remove(tp.partition()));
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      onPartitionsRevoked(partitions);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
