package org.regwatch.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A Regwatch event in the CloudEvents 1.0 structured JSON shape: the context attributes at the top
 * level, the typed payload under {@code data}.
 *
 * @param specversion always {@value #SPEC_VERSION}
 * @param id unique per event; producers that may re-emit the same fact derive it deterministically
 *     so that consumers can de-duplicate on it
 * @param source URI-reference of the producing service, e.g. {@code /regwatch/feed-poller}
 * @param type one of {@link EventTypes}, e.g. {@code org.regwatch.article.discovered}
 * @param time when the fact happened (not when it was serialized)
 * @param subject the aggregate id the event is about; also the Kafka record key
 * @param data the payload
 */
public record Event<T extends EventData>(
    String specversion, String id, String source, String type, Instant time, String subject, T data) {

  public static final String SPEC_VERSION = "1.0";

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(data, "data");
    if (specversion == null) {
      specversion = SPEC_VERSION;
    }
    String expected = EventTypes.typeOf(data.getClass());
    if (!expected.equals(type)) {
      throw new IllegalArgumentException("type " + type + " does not match payload " + expected);
    }
  }

  /** A new event with a random id, happening now. */
  public static <T extends EventData> Event<T> of(String source, String subject, T data) {
    return of(UUID.randomUUID().toString(), source, subject, Instant.now(), data);
  }

  /** A new event with a caller-chosen id, for producers that must emit the same id on retry. */
  public static <T extends EventData> Event<T> of(
      String id, String source, String subject, Instant time, T data) {
    return new Event<>(SPEC_VERSION, id, source, EventTypes.typeOf(data.getClass()), time, subject, data);
  }
}
