package org.regwatch.query.projection;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Sends unreadable records to {@code regwatch.dead-letters} with their original key and bytes and
 * the reason in the {@code dead-letter-reason} header, and waits for the broker's acknowledgement:
 * the batch is acknowledged only after its dead letters are safely stored.
 */
@ApplicationScoped
public class DeadLetterPublisher {

  public static final String REASON = "dead-letter-reason";
  public static final String ORIGIN = "dead-letter-origin";
  public static final String CONSUMER = "dead-letter-consumer";

  private static final Logger LOG = Logger.getLogger(DeadLetterPublisher.class);

  private final MutinyEmitter<byte[]> emitter;
  private final ProjectionMetrics metrics;

  public DeadLetterPublisher(
      @Channel(Channels.DEAD_LETTERS) MutinyEmitter<byte[]> emitter, ProjectionMetrics metrics) {
    this.emitter = emitter;
    this.metrics = metrics;
  }

  public void publish(List<DecodedBatch.DeadLetter> deadLetters) {
    for (DecodedBatch.DeadLetter d : deadLetters) {
      LOG.warnf("dead-lettering %s: %s", d.source().position(), d.reason());
      RecordHeaders headers = new RecordHeaders();
      headers.add(REASON, utf8(d.reason()));
      headers.add(ORIGIN, utf8(d.source().position()));
      headers.add(CONSUMER, utf8("regwatch-query-service"));
      byte[] value = d.source().value() == null ? new byte[0] : d.source().value();
      Message<byte[]> message =
          Message.of(value)
              .addMetadata(
                  OutgoingKafkaRecordMetadata.<String>builder()
                      .withKey(d.source().key())
                      .withHeaders(headers)
                      .build());
      emitter.sendMessageAndAwait(message);
      metrics.deadLettered(d.source().topic());
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
