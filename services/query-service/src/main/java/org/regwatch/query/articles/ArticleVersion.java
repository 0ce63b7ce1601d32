package org.regwatch.query.articles;

import java.time.Instant;
import java.util.List;
import org.regwatch.events.ArticleDiscovered;
import org.regwatch.events.ArticleRevised;
import org.regwatch.events.Event;

/** The metadata half of an article row, from an ArticleDiscovered or ArticleRevised event. */
public record ArticleVersion(
    String articleId,
    String feedId,
    String url,
    String title,
    String summary,
    String text,
    String contentKind,
    Instant published,
    String contentHash,
    List<String> tags,
    String eventId,
    Instant eventTime) {

  public static ArticleVersion of(Event<?> event) {
    if (event.data() instanceof ArticleDiscovered d) {
      return new ArticleVersion(d.articleId(), d.feedId(), d.url(), d.title(), d.summary(),
          d.text(), d.content().json(), d.published(), d.contentHash(), d.tags(),
          event.id(), event.time());
    }
    if (event.data() instanceof ArticleRevised r) {
      return new ArticleVersion(r.articleId(), r.feedId(), r.url(), r.title(), r.summary(),
          r.text(), r.content().json(), r.published(), r.contentHash(), r.tags(),
          event.id(), event.time());
    }
    throw new IllegalArgumentException("not an article event: " + event.type());
  }
}
