package org.regwatch.events;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * A character span that justifies a development: {@code [start, end)} in UTF-16 code units of the
 * article's {@code title} or {@code text} (as published in the article event), and the quoted
 * sentence so that a reader need not fetch the article.
 */
public record Evidence(Field field, int start, int end, String quote) {

  public enum Field {
    TITLE, TEXT;

    @JsonValue
    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Evidence {
    Objects.requireNonNull(field, "field");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    quote = quote == null ? "" : quote;
  }
}
