package org.regwatch.classifier.pipeline;

import java.util.Objects;
import org.regwatch.events.ArticleClassified;
import org.regwatch.events.Event;

/** What became of one record of the articles topic. */
public sealed interface Outcome {

  /** The article was classified; the event is to be published keyed by its subject. */
  record Classified(Event<ArticleClassified> event) implements Outcome {
    public Classified {
      Objects.requireNonNull(event, "event");
    }
  }

  /** The record cannot be processed; it goes to the dead-letter topic with the reason. */
  record DeadLetter(Cause cause, String reason, Throwable error) implements Outcome {
    public DeadLetter {
      Objects.requireNonNull(cause, "cause");
      reason = reason == null || reason.isBlank() ? cause.label() : reason;
    }
  }

  /**
   * A well-formed event this code does not know (a newer type or schema version): counted and
   * skipped, because a newer classifier will read it from the log.
   */
  record Skipped(String reason) implements Outcome {}

  /** Why a record was dead-lettered; also the metric tag, so kept to a few values. */
  enum Cause {
    /** Not a Regwatch event (bad JSON, missing attribute, contract violation). */
    UNDECODABLE("undecodable"),
    /** A readable event that does not belong on the articles topic. */
    NOT_AN_ARTICLE("not-an-article"),
    /** The rule engine threw on this article. */
    CLASSIFICATION_FAILED("classification-failed");

    private final String label;

    Cause(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
