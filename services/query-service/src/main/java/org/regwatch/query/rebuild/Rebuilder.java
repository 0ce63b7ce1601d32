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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.regwatch.events.Event;
import org.regwatch.query.articles.ArticleProjector;
import org.regwatch.query.articles.ClassificationProjector;
import org.regwatch.query.moratoria.LapseProjector;
import org.regwatch.query.projection.BatchProjector;
import org.regwatch.query.projection.RecordDecoder;
import org.regwatch.query.readmodel.ReadModelVersion;

/**
 * Rebuilds the read models from the topics: replays {@code regwatch.articles},
 * {@code regwatch.classifications} and {@code regwatch.developments} from offset 0 into fresh
 * copies of the tables (schema {@code rebuild}) through the live projectors, builds the indexes
 * the replay did without (see {@link CopyIndexes}), then, in ONE transaction, locks the live tables
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
  /** deadlock_detected, serialization_failure */
  private static final Set<String> RETRYABLE = Set.of("40P01", "40001");

  private final AgroalDataSource dataSource;
  private final RecordDecoder decoder;
  /**
   * topic → projector, in the order a batch's records are applied: articles before
   * classifications (a classification then finds its article complete), the service's own lapse
   * events last (they name developments the classifications found).
   */
  private final Map<String, BatchProjector> projectors = new LinkedHashMap<>();
  private final TransactionSynchronizationRegistry registry;
  private final RebuildConfig config;
  private final String bootstrapServers;
  private final ReadModelVersion readModelVersion;
  private final AtomicReference<RebuildStatus> last = new AtomicReference<>(RebuildStatus.idle());
  private final AtomicReference<RebuildProgress> current = new AtomicReference<>();

  public Rebuilder(AgroalDataSource dataSource, RecordDecoder decoder,
      ArticleProjector articles, ClassificationProjector classifications, LapseProjector lapses,
      TransactionSynchronizationRegistry registry, RebuildConfig config,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      ReadModelVersion readModelVersion) {
    this.dataSource = dataSource;
    this.decoder = decoder;
    for (BatchProjector p : List.of(articles, classifications, lapses)) {
      projectors.put(p.topic(), p);
    }
    this.registry = registry;
    this.config = config;
    this.bootstrapServers = bootstrapServers;
    this.readModelVersion = readModelVersion;
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
      CopyIndexes indexes = inTransaction(
          c -> RebuildTables.create(c, config.unlogged(), config.replayIndexes()), null);
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : projectors.keySet()) {
        for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
          partitions.add(new TopicPartition(topic, p.partition()));
        }
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      progress.addTotal(distance(begin, end));
      ReplayReader reader = new ReplayReader(consumer, decoder, projectors, config.batchSize(),
          config.writers());
      progress.phase("replaying");
      replay(reader, end, progress);

      progress.phase("indexing");
      inTransaction(c -> {
        RebuildTables.complete(c, indexes, config.unlogged(), config.indexMemory());
        return null;
      }, null);

      progress.phase("swapping");
      inTransaction(c -> {
        RebuildTables.lockLive(c);
        readModelVersion.enlist(); // views cached from the old tables end with this commit
        // the live projection is now blocked: whatever it committed is below these offsets
        Map<TopicPartition, Long> now = consumer.endOffsets(partitions);
        progress.addTotal(distance(end, now));
        RebuildTables.useCopies(c);
        for (List<ReplayReader.Part> batch; (batch = reader.next(now)) != null; ) {
          for (ReplayReader.Part part : batch) {
            apply(part);
            progress.advance(part.records());
          }
        }
        RebuildTables.swap(c);
        return null;
      }, config.swapTimeout());
      finish(progress, "succeeded", null);
    } catch (RuntimeException | SQLException | InterruptedException e) {
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
   * Applies every batch up to {@code end} while a second thread already polls and decodes the
   * next one, so the database never waits for Kafka or for the JSON decoding between two
   * transactions. A batch's topics are applied one after the other; the shares of one topic's part
   * in parallel transactions on their own connections, so that PostgreSQL works on more than one
   * core. That is what the live projection does too (its two channels write concurrently): the
   * shares touch disjoint rows of the projector's table, and the development grouping, which reads
   * across articles, serialises itself on its advisory lock and comes out the same in any order.
   */
  private void replay(ReplayReader reader, Map<TopicPartition, Long> end,
      RebuildProgress progress) throws SQLException, InterruptedException {
    ExecutorService fetcher = Executors.newSingleThreadExecutor(daemon("regwatch-rebuild-fetch"));
    ExecutorService writers =
        Executors.newFixedThreadPool(config.writers(), daemon("regwatch-rebuild-write"));
    try {
      Future<List<ReplayReader.Part>> next = fetcher.submit(() -> reader.next(end));
      for (List<ReplayReader.Part> batch; (batch = await(next)) != null; ) {
        next = fetcher.submit(() -> reader.next(end));
        for (ReplayReader.Part part : batch) {
          List<Future<Void>> written = new ArrayList<>();
          for (List<Event<?>> share : part.shares()) {
            written.add(writers.submit(() -> {
              writeShare(part.projector(), share);
              return null;
            }));
          }
          for (Future<Void> w : written) {
            await(w);
          }
          progress.advance(part.records());
        }
      }
    } finally {
      // the consumer is closed after this: the fetch thread must have let go of it
      fetcher.shutdownNow();
      writers.shutdownNow();
      fetcher.awaitTermination(1, TimeUnit.MINUTES);
      writers.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  /**
   * One share in its own transaction. Two shares may still meet on a development row the grouping
   * moves; should PostgreSQL ever break a deadlock between them, the share is simply written again
   * (every projection is idempotent).
   */
  private void writeShare(BatchProjector projector, List<Event<?>> events) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        inTransaction(c -> {
          RebuildTables.useCopies(c);
          RebuildTables.commitWithoutWaiting(c);
          projector.project(events);
          return null;
        }, null);
        return;
      } catch (SQLException e) {
        if (attempt == 3 || !RETRYABLE.contains(e.getSQLState())) {
          throw e;
        }
        LOG.warnf("rebuild share of %d events retried after %s", events.size(), e.getMessage());
      }
    }
  }

  private void apply(ReplayReader.Part part) throws SQLException {
    for (List<Event<?>> share : part.shares()) {
      part.projector().project(share);
    }
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  private static <T> T await(Future<T> future) throws SQLException, InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static long distance(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
    long sum = 0;
    for (Map.Entry<TopicPartition, Long> e : to.entrySet()) {
      sum += e.getValue() - from.getOrDefault(e.getKey(), 0L);
    }
    return sum;
  }

  private interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T inTransaction(SqlWork<T> work, Duration timeout) throws SQLException {
    var tx = timeout == null ? QuarkusTransaction.requiringNew()
        : QuarkusTransaction.requiringNew().timeout((int) timeout.toSeconds());
    try {
      return tx.call(() -> {
        registry.putResource(REPLAYING, Boolean.TRUE);
        // inside a transaction the pool hands out the transaction's connection: the projectors
        // that ask for one get this same connection, with its search_path
        try (Connection c = dataSource.getConnection()) {
          return work.run(c);
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
    // the reader gathers polls up to a batch; small polls keep a batch near its size
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(Math.min(config.batchSize(), 500)));
    return new KafkaConsumer<>(p);
  }
}
