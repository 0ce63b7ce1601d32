package org.regwatch.classifier.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.regwatch.classifier.rules.ArticleText;
import org.regwatch.events.ArticleDiscovered;
import org.regwatch.events.ArticleRevised;
import org.regwatch.events.Event;

/**
 * The one version of an article that a classification is about, whichever of the two article
 * events carried it: a revision is classified exactly like a first discovery.
 */
public record ArticleVersion(
    String articleId,
    String articleEventId,
    String contentHash,
    String title,
    String text,
    Instant published) {

  public static ArticleVersion of(Event<?> event, ArticleDiscovered discovered) {
    return new ArticleVersion(
        discovered.articleId(), event.id(), discovered.contentHash(), discovered.title(),
        discovered.text(), discovered.published());
  }

  public static ArticleVersion of(Event<?> event, ArticleRevised revised) {
    return new ArticleVersion(
        revised.articleId(), event.id(), revised.contentHash(), revised.title(), revised.text(),
        revised.published());
  }

  /**
   * What the rule engine reads. Relative dates in the text ("on Wednesday") are resolved against
   * the publication day in UTC, the zone feeds are normalised to.
   */
  public ArticleText toArticleText() {
    LocalDate day = published == null ? null : LocalDate.ofInstant(published, ZoneOffset.UTC);
    return new ArticleText(title, text, day);
  }
}
