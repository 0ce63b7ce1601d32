package org.regwatch.query.projection;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.regwatch.query.articles.ArticleProjector;

/**
 * Consumes {@code regwatch.articles} in batches. Commit strategy: throttled (offsets of a batch are
 * committed once the method returned, i.e. after its transaction committed). Failure strategy:
 * fail — the pipeline already retries database outages and dead-letters bad records, so an
 * exception reaching the connector is a bug that must stop the channel and show in health.
 */
@ApplicationScoped
public class ArticlesConsumer {

  private final ProjectionPipeline pipeline;
  private final ArticleProjector projector;

  public ArticlesConsumer(ProjectionPipeline pipeline, ArticleProjector projector) {
    this.pipeline = pipeline;
    this.projector = projector;
  }

  @Incoming(Channels.ARTICLES)
  @Blocking
  public void consume(ConsumerRecords<String, byte[]> records) {
    pipeline.process(records, projector);
  }
}
