package org.regwatch.query.moratoria;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.regwatch.query.projection.ProjectionPipeline;

/**
 * Consumes {@code regwatch.developments} in batches through the projection's one path (decode,
 * one transaction, dead letters, retry while the database is away). Commit strategy throttled,
 * failure strategy fail, as for the other topics.
 */
@ApplicationScoped
public class LapsesConsumer {

  private final ProjectionPipeline pipeline;
  private final LapseProjector projector;

  public LapsesConsumer(ProjectionPipeline pipeline, LapseProjector projector) {
    this.pipeline = pipeline;
    this.projector = projector;
  }

  @Incoming(LapseChannels.IN)
  @Blocking
  public void consume(ConsumerRecords<String, byte[]> records) {
    pipeline.process(records, projector);
  }
}
