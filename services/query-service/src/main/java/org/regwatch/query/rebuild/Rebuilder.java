package org.regwatch.query.rebuild;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.regwatch.events.Event;
import org.regwatch.events.Topics;
import org.regwatch.query.articles.ArticleProjector;
import org.regwatch.query.articles.ClassificationProjector;
import org.regwatch.query.moratoria.LapseProjector;
import org.regwatch.query.projection.BatchProjector;
import org.regwatch.query.projection.DecodedBatch;
import org.regwatch.query.projection.RecordDecoder;
import org.regwatch.query.projection.SourceRecord;

/**
 * Rebuilds the read models from the topics: replays {@code regwatch.articles},
 * {@code regwatch.classifications} and {@code regwatch.developments} from offset 0 into fresh copies of the tables (schema
 * {@code rebuild}) through the live projectors, then, in ONE transaction, locks the live tables
 * against the live projection, catches up to the topics' end as of that moment and swaps the
 * copies in. Readers see the old tables until that commit and the new ones after it.
 *
 * <p>The replay uses its own consumer without a group (assigned partitions, no committed
 * offsets), so the live projection's positions are untouched. Events the live projection applies
 * after the swap were either caught up already (upserts make the second application a no-op) or
 * are new. Undecodable records are skipped here: the live projection already dead-lettered them.
 */
@ApplicationScoped
public class Rebuilder {

  /** Marks a rebuild transaction, so that it announces nothing (SSE, webhook outbox). */
  public static final String REPLAYING = Rebuilder.class.getName() + ".replaying";

  private static final Logger LOG = Logger.getLogger(Rebuilder.class);
  /**
   * In the order a poll's records are applied: articles before classifications (a classification
   * then finds its article complete), the service's own lapse events last (they name developments
   * the classifications found).
   */
  private static final List<String> TOPICS =
      List.of(Topics.ARTICLES, Topics.CLASSIFICATIONS, Topics.DEVELOPMENTS);

  private final AgroalDataSource dataSource;
  private final RecordDecoder decoder;
  private final Map<String, BatchProjector> projectors;
  private final TransactionSynchronizationRegistry registry;
  private final RebuildConfig config;
  private final String bootstrapServers;
  private final AtomicReference<RebuildStatus> last = new AtomicReference<>(RebuildStatus.idle());
  private final AtomicReference<RebuildProgress> current = new AtomicReference<>();

  public Rebuilder(AgroalDataSource dataSource, RecordDecoder decoder,
      ArticleProjector articles, ClassificationProjector classifications, LapseProjector lapses,
      TransactionSynchronizationRegistry registry, RebuildConfig config,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
    this.dataSource = dataSource;
    this.decoder = decoder;
    this.projectors = Map.of(articles.topic(), articles, classifications.topic(), classifications,
        lapses.topic(), lapses);
    this.registry = registry;
    this.config = config;
    this.bootstrapServers = bootstrapServers;
  }

  public RebuildStatus status() {
    RebuildProgress p = current.get();
    return p != null ? p.snapshot("running", null, null) : last.get();
  }

  /** Starts a rebuild in the background; false when one is already running. */
  public boolean start() {
    RebuildProgress progress = new RebuildProgress();
    if (!current.compareAndSet(null, progress)) {
      return false;
    }
    Thread worker = new Thread(() -> run(progress), "regwatch-rebuild");
    worker.setDaemon(true);
    worker.start();
    return true;
  }

  /** Runs a rebuild on the calling thread (CLI form and tests); returns its final status. */
  public RebuildStatus runNow() {
    RebuildProgress progress = new RebuildProgress();
    if (!current.compareAndSet(null, progress)) {
      throw new IllegalStateException("a rebuild is already running");
    }
    run(progress);
    return last.get();
  }

  private void run(RebuildProgress progress) {
    try (KafkaConsumer<String, byte[]> consumer = consumer()) {
      inTransaction(c -> RebuildTables.create(c), null);
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : TOPICS) {
        for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
          partitions.add(new TopicPartition(topic, p.partition()));
        }
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      progress.addTotal(distance(begin, end));
      progress.phase("replaying");
      replay(consumer, end, progress, false);

      progress.phase("swapping");
      inTransaction(c -> {
        RebuildTables.lockLive(c);
        // the live projection is now blocked: whatever it committed is below these offsets
        Map<TopicPartition, Long> now = consumer.endOffsets(partitions);
        progress.addTotal(distance(end, now));
        RebuildTables.useCopies(c);
        replay(consumer, now, progress, true);
        RebuildTables.swap(c);
      }, config.swapTimeout());
      finish(progress, "succeeded", null);
    } catch (RuntimeException | SQLException e) {
      LOG.error("rebuild failed; the live tables are untouched", e);
      finish(progress, "failed", e.toString());
    }
  }

  private void finish(RebuildProgress progress, String state, String error) {
    progress.phase(state.equals("succeeded") ? "done" : "aborted");
    last.set(progress.snapshot(state, Instant.now(), error));
    current.set(null);
    LOG.infof("rebuild %s: %s", state, last.get());
  }

  /**
   * Reads every assigned partition up to {@code end}, applying each polled batch per topic in its
   * own transaction ({@code inCurrent} false) or in the caller's (the swap).
   */
  private void replay(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end,
      RebuildProgress progress, boolean inCurrent) throws SQLException {
    while (!reached(consumer, end)) {
      Map<String, List<SourceRecord>> byTopic = new HashMap<>();
      for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
        Long limit = end.get(new TopicPartition(r.topic(), r.partition()));
        if (limit != null && r.offset() < limit) {
          byTopic.computeIfAbsent(r.topic(), t -> new ArrayList<>()).add(SourceRecord.of(r));
        }
      }
      pauseFinished(consumer, end);
      for (String topic : TOPICS) {
        List<SourceRecord> records = byTopic.getOrDefault(topic, List.of());
        if (records.isEmpty()) {
          continue;
        }
        BatchProjector projector = projectors.get(topic);
        DecodedBatch batch = decoder.decode(records, projector.accepts());
        List<Event<?>> events =
            batch.events().stream().<Event<?>>map(DecodedBatch.Decoded::event).toList();
        if (!events.isEmpty()) {
          if (inCurrent) {
            projector.project(events);
          } else {
            inTransaction(c -> {
              RebuildTables.useCopies(c);
              RebuildTables.commitWithoutWaiting(c);
              projector.project(events);
            }, null);
          }
        }
        progress.advance(records.size());
      }
    }
  }

  private static boolean reached(KafkaConsumer<String, byte[]> consumer,
      Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  /** Stops fetching partitions that reached their end, so the replay never reads past it. */
  private static void pauseFinished(KafkaConsumer<String, byte[]> consumer,
      Map<TopicPartition, Long> end) {
    List<TopicPartition> done = new ArrayList<>();
    List<TopicPartition> open = new ArrayList<>();
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      (consumer.position(e.getKey()) >= e.getValue() ? done : open).add(e.getKey());
    }
    consumer.pause(done);
    consumer.resume(open);
  }

  private static long distance(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
    long sum = 0;
    for (Map.Entry<TopicPartition, Long> e : to.entrySet()) {
      sum += e.getValue() - from.getOrDefault(e.getKey(), 0L);
    }
    return sum;
  }

  private interface SqlWork {
    void run(Connection c) throws SQLException;
  }

  private void inTransaction(SqlWork work, Duration timeout) throws SQLException {
    var tx = timeout == null ? QuarkusTransaction.requiringNew()
        : QuarkusTransaction.requiringNew().timeout((int) timeout.toSeconds());
    try {
      tx.run(() -> {
        registry.putResource(REPLAYING, Boolean.TRUE);
        // inside a transaction the pool hands out the transaction's connection: the projectors
        // that ask for one get this same connection, with its search_path
        try (Connection c = dataSource.getConnection()) {
          work.run(c);
        } catch (SQLException e) {
          throw new SqlFailure(e);
        }
      });
    } catch (SqlFailure e) {
      throw (SQLException) e.getCause();
    }
  }

  private static final class SqlFailure extends RuntimeException {
    SqlFailure(SQLException cause) {
      super(cause);
    }
  }

  private KafkaConsumer<String, byte[]> consumer() {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(config.batchSize()));
    return new KafkaConsumer<>(p);
  }
}
