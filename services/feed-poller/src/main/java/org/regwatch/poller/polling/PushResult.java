package org.regwatch.poller.polling;

/** What became of a document a WebSub hub pushed. */
public record PushResult(Outcome outcome, int published, String message) {

  public enum Outcome {
    /** Parsed; its new or changed items (maybe none) were published and acknowledged. */
    PUBLISHED,
    /** This instance does not poll the feed (any more). */
    NOT_OWNED,
    /** Not a readable feed document; the error kind and message say why. */
    UNUSABLE,
    /** The broker did not acknowledge the article events. */
    PUBLISH_FAILED
  }
}
