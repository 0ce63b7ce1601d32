package org.regwatch.poller.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * Reads every partition of one topic from the beginning, forever, without a consumer group, and
 * hands each record to a handler on its own thread. This is how the poller keeps a local view of
 * a compacted topic (the registry, its seen-state).
 *
 * <p>Callers can wait until the view has read a given offset (read-your-writes after a send) or
 * everything that was in the topic when they asked (catch-up before polling).
 */
public final class TopicFollower implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(TopicFollower.class);

  private final String topic;
  private final Supplier<KafkaConsumer<String, byte[]>> consumerFactory;
  private final Consumer<ConsumerRecord<String, byte[]>> handler;
  private final Map<Integer, Long> positions = new HashMap<>();
  private final Object lock = new Object();
  private volatile boolean loaded;
  private volatile boolean running = true;
  private volatile KafkaConsumer<String, byte[]> consumer;
  private final Thread thread;

  public TopicFollower(
      String topic,
      Supplier<KafkaConsumer<String, byte[]>> consumerFactory,
      Consumer<ConsumerRecord<String, byte[]>> handler) {
    this.topic = topic;
    this.consumerFactory = consumerFactory;
    this.handler = handler;
    this.thread = new Thread(this::run, "follow-" + topic);
    this.thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /** True once everything present in the topic at start has been read. */
  public boolean isLoaded() {
    return loaded;
  }

  /** Waits until the record at {@code offset} of {@code partition} has been handled. */
  public boolean awaitHandled(int partition, long offset, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (positions.getOrDefault(partition, 0L) <= offset) {
        long waitMs = (deadline - System.nanoTime()) / 1_000_000;
        if (waitMs <= 0) {
          return false;
        }
        lock.wait(waitMs);
      }
      return true;
    }
  }

  /** Waits until everything the topic holds right now has been handled. */
  public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    Map<Integer, Long> endOffsets = new HashMap<>();
    // A short-lived consumer: the follower's own consumer belongs to its thread.
    try (KafkaConsumer<String, byte[]> probe = consumerFactory.get()) {
      List<TopicPartition> partitions = partitions(probe);
      probe.endOffsets(partitions, timeout).forEach((tp, end) -> endOffsets.put(tp.partition(), end));
    }
    for (var end : endOffsets.entrySet()) {
      if (end.getValue() > 0 && !awaitHandled(end.getKey(), end.getValue() - 1, timeout)) {
        return false;
      }
    }
    return true;
  }

  private void run() {
    long backoffMs = 500;
    while (running) {
      try (KafkaConsumer<String, byte[]> c = consumerFactory.get()) {
        consumer = c;
        List<TopicPartition> partitions = partitions(c);
        c.assign(partitions);
        c.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = c.endOffsets(partitions, Duration.ofSeconds(10));
        synchronized (lock) {
          positions.clear();
        }
        LOG.infof("following %s (%d partitions) from the beginning", topic, partitions.size());
        backoffMs = 500;
        while (running) {
          ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(200));
          for (ConsumerRecord<String, byte[]> record : records) {
            handler.accept(record);
          }
          synchronized (lock) {
            for (TopicPartition tp : partitions) {
              positions.put(tp.partition(), c.position(tp));
            }
            lock.notifyAll();
          }
          if (!loaded && caughtUp(ends)) {
            loaded = true;
            LOG.infof("%s loaded", topic);
          }
        }
      } catch (WakeupException e) {
        // close() woke us up
      } catch (Exception e) {
        if (!running) {
          break;
        }
        LOG.warnf("following %s failed (%s); retrying in %d ms", topic, e.toString(), backoffMs);
        sleep(backoffMs);
        backoffMs = Math.min(backoffMs * 2, 10_000);
      } finally {
        consumer = null;
      }
    }
  }

  private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> c) {
    List<PartitionInfo> infos = c.partitionsFor(topic, Duration.ofSeconds(10));
    if (infos == null || infos.isEmpty()) {
      throw new IllegalStateException("topic " + topic + " does not exist (yet)");
    }
    return infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
  }

  private boolean caughtUp(Map<TopicPartition, Long> ends) {
    synchronized (lock) {
      for (var end : ends.entrySet()) {
        if (positions.getOrDefault(end.getKey().partition(), 0L) < end.getValue()) {
          return false;
        }
      }
      return true;
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    running = false;
    KafkaConsumer<String, byte[]> c = consumer;
    if (c != null) {
      c.wakeup();
    }
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
