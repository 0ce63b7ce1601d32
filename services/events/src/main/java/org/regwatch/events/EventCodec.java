package org.regwatch.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one JSON codec for Regwatch events, used by every producer and consumer. Thread-safe.
 *
 * <p>Unknown fields are ignored (a v1 reader reads a v1 record written by a newer producer that
 * added optional fields); a newer {@code schemaVersion} or an unknown {@code type} raises {@link
 * UnknownEventException}; anything else unreadable raises {@link EventDecodingException}.
 */
public final class EventCodec {

  private final ObjectMapper mapper;
  /** One reader per event type, so the hot path binds {@code data} without a lookup by class. */
  private final Map<String, ObjectReader> readers = new ConcurrentHashMap<>();

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
    Event<?> event = decodeOnePass(json);
    return event != null ? event : decodeChecked(json);
  }

  /**
   * The common case in one pass over the bytes: the envelope's attributes read as a stream and
   * {@code data} bound straight into its record (every producer writes {@code type} before
   * {@code data}). Consumers decode every record of every topic, and the former tree-then-bind
   * path parsed each one twice. Returns null for anything out of the ordinary — garbage, a missing
   * or repeated attribute, {@code data} before {@code type}, an unknown type, a schema version
   * other than one this code reads, a payload that does not bind — so that {@link #decodeChecked}
   * decides, with its exact exceptions and messages; a good record is never rejected here.
   */
  Event<?> decodeOnePass(byte[] json) {
    try (JsonParser p = mapper.getFactory().createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String specversion = null;
      String id = null;
      String source = null;
      String type = null;
      String time = null;
      String subject = null;
      EventData data = null;
      JsonToken token;
      while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "data" -> {
            ObjectReader reader = type == null ? null : reader(type);
            if (data != null || reader == null || value != JsonToken.START_OBJECT) {
              return null;
            }
            data = reader.readValue(p);
          }
          case "specversion" -> {
            if (specversion != null || value != JsonToken.VALUE_STRING) {
              return null;
            }
            specversion = p.getText();
          }
          case "id" -> {
            if (id != null || (id = text(p, value)) == null) {
              return null;
            }
          }
          case "source" -> {
            if (source != null || (source = text(p, value)) == null) {
              return null;
            }
          }
          case "type" -> {
            if (type != null || (type = text(p, value)) == null) {
              return null;
            }
          }
          case "time" -> {
            if (time != null || (time = text(p, value)) == null) {
              return null;
            }
          }
          case "subject" -> {
            if (subject != null || (subject = text(p, value)) == null) {
              return null;
            }
          }
          default -> p.skipChildren();
        }
      }
      if (token != JsonToken.END_OBJECT || data == null || id == null || source == null
          || time == null || subject == null || data.schemaVersion() < 1
          || data.schemaVersion() > EventTypes.NEWEST_SCHEMA_VERSION) {
        return null;
      }
      return new Event<>(specversion == null ? Event.SPEC_VERSION : specversion, id, source, type,
          Instant.parse(time), subject, data);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** A non-empty string value, else null. */
  private static String text(JsonParser p, JsonToken value) throws IOException {
    return value == JsonToken.VALUE_STRING && p.getTextLength() > 0 ? p.getText() : null;
  }

  private ObjectReader reader(String type) {
    return EventTypes.classOf(type)
        .map(dataClass -> readers.computeIfAbsent(type, t -> mapper.readerFor(dataClass)))
        .orElse(null);
  }

  /**
   * Every check, in order: the envelope read as a tree, the type and schema version looked at
   * before the payload is bound. Decides every record the one-pass path leaves to it.
   */
  Event<?> decodeChecked(byte[] json) {
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
