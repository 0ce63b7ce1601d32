package org.regwatch.events;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an article event's {@code text} holds. */
public enum ContentKind {
  /** Only the feed's summary or description. */
  SUMMARY,
  /** The main text extracted from the linked page (or a feed that carries the whole article). */
  FULL_TEXT;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
