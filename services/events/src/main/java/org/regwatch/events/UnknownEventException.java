package org.regwatch.events;

/**
 * A well-formed event of a type or schema version this code does not know (written by a newer
 * producer). Consumers count and skip these rather than dead-lettering them: a newer consumer
 * will read them from the log.
 */
public class UnknownEventException extends EventDecodingException {

  private final String type;
  private final int schemaVersion;

  public UnknownEventException(String type, int schemaVersion) {
    super("unknown event type or version: " + type + " v" + schemaVersion);
    this.type = type;
    this.schemaVersion = schemaVersion;
  }

  public String type() {
    return type;
  }

  public int schemaVersion() {
    return schemaVersion;
  }
}
