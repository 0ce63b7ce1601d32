package org.regwatch.classifier.rules;

import java.time.LocalDate;

/**
 * What the classifier reads of an article: its title, its text and its publication date (null
 * when unknown; relative dates in the text are then resolved against nothing and left empty).
 */
public record ArticleText(String title, String text, LocalDate published) {

  public ArticleText {
    title = title == null ? "" : title;
    text = text == null ? "" : text;
  }
}
