package org.regwatch.classifier.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.regwatch.events.Evidence;

/** Cuts the excerpt around an evidence span out of the text it points into. */
@ApplicationScoped
public class Highlighter {

  private final int context;

  public Highlighter(ApiConfig config) {
    this.context = Math.max(0, config.snippetContextChars());
  }

  public Highlight highlight(Evidence evidence, String title, String text) {
    String source = evidence.field() == Evidence.Field.TITLE ? title : text;
    source = source == null ? "" : source;
    // Spans come from the rule engine; clamp rather than trust them with substring().
    int start = Math.min(evidence.start(), source.length());
    int end = Math.min(Math.max(evidence.end(), start), source.length());
    int from = widen(source, Math.max(0, start - context), true);
    int to = widen(source, Math.min(source.length(), end + context), false);
    return new Highlight(
        evidence.field(),
        start,
        end,
        source.substring(from, start),
        source.substring(start, end),
        source.substring(end, to));
  }

  /** Never cut a surrogate pair in two: the excerpt must stay valid text. */
  private static int widen(String s, int index, boolean left) {
    if (index > 0 && index < s.length() && Character.isLowSurrogate(s.charAt(index))) {
      return left ? index - 1 : index + 1;
    }
    return index;
  }
}
