package org.regwatch.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The one JSON codec for Regwatch events, used by every producer and consumer. Thread-safe.
 *
 * <p>Unknown fields are ignored (a v1 reader reads a v1 record written by a newer producer that
 * added optional fields); a newer {@code schemaVersion} or an unknown {@code type} raises {@link
 * UnknownEventException}; anything else unreadable raises {@link EventDecodingException}.
 */
public final class EventCodec {

  private final ObjectMapper mapper;

  public EventCodec() {
    this.mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();
  }

  public byte[] encode(Event<?> event) {
    try {
      return mapper.writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + event.type(), e);
    }
  }

  public String encodeToString(Event<?> event) {
    return new String(encode(event), StandardCharsets.UTF_8);
  }

  public Event<?> decode(String json) {
    if (json == null) {
      throw new EventDecodingException("empty record (null value)");
    }
    return decode(json.getBytes(StandardCharsets.UTF_8));
  }

  public Event<?> decode(byte[] json) {
    if (json == null || json.length == 0) {
      throw new EventDecodingException("empty record");
    }
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (IOException e) {
      throw new EventDecodingException("not JSON: " + rootMessage(e), e);
    }
    if (!(root instanceof ObjectNode envelope)) {
      throw new EventDecodingException("not a JSON object");
    }
    String type = text(envelope, "type");
    JsonNode data = envelope.get("data");
    if (!(data instanceof ObjectNode)) {
      throw new EventDecodingException("missing object attribute: data");
    }
    int version = data.path("schemaVersion").asInt(0);
    if (version < 1) {
      throw new EventDecodingException("missing or invalid data.schemaVersion in " + type);
    }
    Class<? extends EventData> dataClass =
        EventTypes.classOf(type).orElseThrow(() -> new UnknownEventException(type, version));
    if (version > EventTypes.NEWEST_SCHEMA_VERSION) {
      throw new UnknownEventException(type, version);
    }
    try {
      EventData payload = mapper.treeToValue(data, dataClass);
      Instant time = Instant.parse(text(envelope, "time"));
      return new Event<>(
          envelope.path("specversion").asText(Event.SPEC_VERSION),
          text(envelope, "id"),
          text(envelope, "source"),
          type,
          time,
          text(envelope, "subject"),
          payload);
    } catch (EventDecodingException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new EventDecodingException("invalid " + type + ": " + rootMessage(e), e);
    }
  }

  /** Decodes and checks the payload type in one step, for consumers of a single-type topic. */
  public <T extends EventData> Event<T> decode(byte[] json, Class<T> expected) {
    Event<?> event = decode(json);
    if (!expected.isInstance(event.data())) {
      throw new EventDecodingException(
          "expected " + EventTypes.typeOf(expected) + " but got " + event.type());
    }
    @SuppressWarnings("unchecked")
    Event<T> typed = (Event<T>) event;
    return typed;
  }

  /** The mapper, for services that serialize the contract's records inside their own payloads. */
  public ObjectMapper mapper() {
    return mapper;
  }

  private static String text(ObjectNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw new EventDecodingException("missing attribute: " + field);
    }
    return value.asText();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
