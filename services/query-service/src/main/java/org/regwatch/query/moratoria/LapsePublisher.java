package org.regwatch.query.moratoria;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.regwatch.events.Event;
import org.regwatch.events.EventCodec;
import org.regwatch.events.MoratoriumExpiryLapsed;

/**
 * Publishes lapse events keyed by development id (so they stay in order per development) and
 * returns only once the broker acknowledged them (acks=all, idempotent producer).
 */
@ApplicationScoped
public class LapsePublisher {

  static final String SOURCE = "/regwatch/query-service";

  private final MutinyEmitter<byte[]> emitter;
  private final EventCodec codec;

  public LapsePublisher(@Channel(LapseChannels.OUT) MutinyEmitter<byte[]> emitter,
      EventCodec codec) {
    this.emitter = emitter;
    this.codec = codec;
  }

  public void publish(Event<MoratoriumExpiryLapsed> event) {
    emitter.sendMessageAndAwait(Message.of(codec.encode(event)).addMetadata(
        OutgoingKafkaRecordMetadata.<String>builder().withKey(event.subject()).build()));
  }

  /**
   * The event for a lapse. Its id and time derive from the development and the date alone (the
   * lapse happened at the start of the day after the expiry), so every emission of one lapse is
   * the same event.
   */
  static Event<MoratoriumExpiryLapsed> event(MoratoriumExpiryLapsed data) {
    return Event.of(data.eventId(), SOURCE, data.developmentId(),
        data.expectedExpiry().plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
        data);
  }
}
