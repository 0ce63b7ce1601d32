package org.regwatch.poller.polling;

/** A fetch that produced no usable response; {@link #kind()} is a short stable code. */
public class FetchException extends Exception {

  private final String kind;

  public FetchException(String kind, String message) {
    super(message);
    this.kind = kind;
  }

  public FetchException(String kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public String kind() {
    return kind;
  }
}
