package org.regwatch.query.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.regwatch.events.Event;
import org.regwatch.events.EventCodec;
import org.regwatch.events.EventDecodingException;
import org.regwatch.events.EventData;
import org.regwatch.events.UnknownEventException;

/**
 * Decodes a batch with the contract's codec. Garbage and events that do not belong on the topic
 * become dead letters; well-formed events of unknown types or newer versions are skipped and
 * counted, since a newer consumer will read them from the log.
 */
@ApplicationScoped
public class RecordDecoder {

  private final EventCodec codec;
  private final ProjectionMetrics metrics;

  public RecordDecoder(EventCodec codec, ProjectionMetrics metrics) {
    this.codec = codec;
    this.metrics = metrics;
  }

  public DecodedBatch decode(List<SourceRecord> records, Set<Class<? extends EventData>> expected) {
    List<DecodedBatch.Decoded> events = new ArrayList<>(records.size());
    List<DecodedBatch.DeadLetter> deadLetters = new ArrayList<>();
    int skipped = 0;
    for (SourceRecord record : records) {
      try {
        Event<?> event = codec.decode(record.value());
        if (!expected.contains(event.data().getClass())) {
          deadLetters.add(new DecodedBatch.DeadLetter(record,
              "unexpected event type " + event.type() + " on topic " + record.topic()));
        } else {
          events.add(new DecodedBatch.Decoded(record, event));
        }
      } catch (UnknownEventException e) {
        skipped++;
        metrics.skipped(record.topic(), e.type(), e.schemaVersion());
      } catch (EventDecodingException e) {
        deadLetters.add(new DecodedBatch.DeadLetter(record, e.getMessage()));
      }
    }
    return new DecodedBatch(events, deadLetters, skipped);
  }
}
