package org.regwatch.poller.parsing;

/**
 * A document that is not a feed this poller accepts. {@link #kind()} is a short stable code shown
 * in the feed's state and in the check command's output; the message is for humans.
 */
public class FeedParseException extends Exception {

  private final String kind;

  public FeedParseException(String kind, String message) {
    super(message);
    this.kind = kind;
  }

  public FeedParseException(String kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public String kind() {
    return kind;
  }
}
