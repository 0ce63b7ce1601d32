package org.regwatch.query.projection;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.regwatch.query.articles.ClassificationProjector;

/**
 * Consumes {@code regwatch.classifications} in batches; same commit (throttled, after the
 * transaction) and failure (fail, after in-pipeline retries and dead letters) strategies as
 * {@link ArticlesConsumer}.
 */
@ApplicationScoped
public class ClassificationsConsumer {

  private final ProjectionPipeline pipeline;
  private final ClassificationProjector projector;

  public ClassificationsConsumer(ProjectionPipeline pipeline, ClassificationProjector projector) {
    this.pipeline = pipeline;
    this.projector = projector;
  }

  @Incoming(Channels.CLASSIFICATIONS)
  @Blocking
  public void consume(ConsumerRecords<String, byte[]> records) {
    pipeline.process(records, projector);
  }
}
