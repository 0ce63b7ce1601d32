package org.regwatch.query.projection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;
import org.regwatch.events.Event;
import org.regwatch.query.readmodel.ReadModelVersion;

/**
 * The one path every polled batch takes: decode, apply in ONE transaction, dead-letter what cannot
 * be read, and only then return, which acknowledges the batch (offsets are committed after the
 * transaction commits). A database outage is waited out with backoff: the batch stays
 * unacknowledged, the consumer stops pulling, nothing is lost. A batch that fails for another
 * reason is split so that only the record at fault is dead-lettered and the partition moves on.
 */
@ApplicationScoped
public class ProjectionPipeline {

  private static final Logger LOG = Logger.getLogger(ProjectionPipeline.class);

  private final RecordDecoder decoder;
  private final DeadLetterPublisher deadLetters;
  private final ProjectionMetrics metrics;
  private final ProjectionStalls health;
  private final ProjectionConfig config;
  private final ReadModelVersion readModelVersion;

  public ProjectionPipeline(RecordDecoder decoder, DeadLetterPublisher deadLetters,
      ProjectionMetrics metrics, ProjectionStalls health, ProjectionConfig config,
      ReadModelVersion readModelVersion) {
    this.decoder = decoder;
    this.deadLetters = deadLetters;
    this.metrics = metrics;
    this.health = health;
    this.config = config;
    this.readModelVersion = readModelVersion;
  }

  public void process(ConsumerRecords<String, byte[]> records, BatchProjector projector) {
    List<SourceRecord> sources = new ArrayList<>(records.count());
    for (ConsumerRecord<String, byte[]> r : records) {
      sources.add(SourceRecord.of(r));
    }
    process(sources, projector);
  }

  public void process(List<SourceRecord> sources, BatchProjector projector) {
    DecodedBatch batch = decoder.decode(sources, projector.accepts());
    List<DecodedBatch.DeadLetter> dead = new ArrayList<>(batch.deadLetters());
    List<Event<?>> events = batch.events().stream().<Event<?>>map(DecodedBatch.Decoded::event).toList();
    try {
      applyWithRetry(projector, events);
    } catch (PermanentFailure batchFailure) {
      LOG.warnf("batch of %d on %s failed (%s); applying record by record", events.size(),
          projector.topic(), batchFailure.getMessage());
      for (DecodedBatch.Decoded d : batch.events()) {
        try {
          applyWithRetry(projector, List.of(d.event()));
        } catch (PermanentFailure recordFailure) {
          dead.add(new DecodedBatch.DeadLetter(
              d.source(), "projection failed: " + recordFailure.getMessage()));
        }
      }
    }
    if (!dead.isEmpty()) {
      retryForever(projector.topic(), () -> deadLetters.publish(dead));
    }
    metrics.projected(projector.topic(), events.size());
  }

  private void applyWithRetry(BatchProjector projector, List<Event<?>> events) {
    if (events.isEmpty()) {
      return;
    }
    retryWhileTransient(projector.topic(), () ->
        QuarkusTransaction.requiringNew().run(() -> {
          try {
            readModelVersion.enlist(); // cached status board / clock: see ReadModelVersion
            projector.project(events);
          } catch (java.sql.SQLException e) {
            throw new ProjectionSqlException(e);
          }
        }));
  }

  /**
   * Retries while the failure looks transient. A failure that does not is retried once more after
   * a pause before it counts as permanent: a connection killed mid-statement can surface as an
   * error without any SQL state (pgjdbc raises an AssertionError from a closed connection), and
   * dead-lettering a good record for that would lose it. Only a failure that repeats is the
   * record's fault.
   */
  private void retryWhileTransient(String topic, Runnable action) {
    Duration backoff = config.initialBackoff();
    boolean failedOnce = false;
    while (true) {
      try {
        action.run();
        health.recovered(topic);
        return;
      } catch (RuntimeException | AssertionError e) {
        if (!Failures.isTransient(e)) {
          if (failedOnce) {
            health.recovered(topic);
            throw new PermanentFailure(Failures.describe(e), e);
          }
          failedOnce = true;
        }
        backoff = pause(topic, e, backoff);
      }
    }
  }

  private void retryForever(String topic, Runnable action) {
    Duration backoff = config.initialBackoff();
    while (true) {
      try {
        action.run();
        health.recovered(topic);
        return;
      } catch (RuntimeException e) {
        backoff = pause(topic, e, backoff);
      }
    }
  }

  private Duration pause(String topic, Throwable e, Duration backoff) {
    String reason = Failures.describe(e);
    health.failing(topic, reason);
    metrics.retried(topic);
    LOG.warnf("projection of %s waiting %d ms before retrying: %s", topic, backoff.toMillis(),
        reason);
    try {
      Thread.sleep(backoff.toMillis());
    } catch (InterruptedException interrupted) {
      // Shutting down: leave the batch unacknowledged; it is redelivered on the next start.
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry " + topic, e);
    }
    Duration doubled = backoff.multipliedBy(2);
    return doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
  }

  static final class PermanentFailure extends RuntimeException {
    PermanentFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static final class ProjectionSqlException extends RuntimeException {
    ProjectionSqlException(java.sql.SQLException cause) {
      super(cause);
    }
  }
}
