package org.regwatch.events;

/**
 * A record that is not a Regwatch event this code can read: malformed JSON, a missing attribute,
 * or a payload that violates the contract. Consumers send such records to the dead-letter topic
 * with {@link #getMessage()} as the reason.
 */
public class EventDecodingException extends RuntimeException {

  public EventDecodingException(String message, Throwable cause) {
    super(message, cause);
  }

  public EventDecodingException(String message) {
    super(message);
  }
}
