package org.regwatch.classifier.rules;

import java.util.List;
import org.regwatch.events.ArticleLabels;
import org.regwatch.events.Development;

/**
 * The classifier's result for one article: the article-level labels (from the headline
 * development), every development found (headline first), the detected language, a note when no
 * rule decided (e.g. "not English (de)"), whether the text was truncated, and the rule-pack
 * versions used (e.g. "facial-recognition@1").
 */
public record Classification(
    ArticleLabels labels,
    List<Development> developments,
    String language,
    String note,
    boolean truncated,
    List<String> rulePacks) {

  public Classification {
    developments = developments == null ? List.of() : List.copyOf(developments);
    rulePacks = rulePacks == null ? List.of() : List.copyOf(rulePacks);
    note = note == null ? "" : note;
    language = language == null ? "und" : language;
  }
}
