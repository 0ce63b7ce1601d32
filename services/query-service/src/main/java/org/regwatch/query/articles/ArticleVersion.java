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
    Instant eventTime,
    // the earliest event time of this article seen so far: a batch that holds the discovery and a
    // revision keeps the revision's fields but the discovery's first-seen time, exactly as two
    // batches would (the upsert keeps the least first_seen_at). Found by the rebuild test.
    Instant firstSeen) {

  public static ArticleVersion of(Event<?> event) {
    if (event.data() instanceof ArticleDiscovered d) {
      return new ArticleVersion(d.articleId(), d.feedId(), d.url(), d.title(), d.summary(),
          d.text(), d.content().json(), d.published(), d.contentHash(), d.tags(),
          event.id(), event.time(), event.time());
    }
    if (event.data() instanceof ArticleRevised r) {
      return new ArticleVersion(r.articleId(), r.feedId(), r.url(), r.title(), r.summary(),
          r.text(), r.content().json(), r.published(), r.contentHash(), r.tags(),
          event.id(), event.time(), event.time());
    }
    throw new IllegalArgumentException("not an article event: " + event.type());
  }

  /** The newer of two versions of one article, first seen at the earlier of the two. */
  public static ArticleVersion newest(ArticleVersion a, ArticleVersion b) {
    ArticleVersion newer = b.eventTime().isBefore(a.eventTime()) ? a : b;
    Instant first = a.firstSeen().isBefore(b.firstSeen()) ? a.firstSeen() : b.firstSeen();
    return new ArticleVersion(newer.articleId(), newer.feedId(), newer.url(), newer.title(),
        newer.summary(), newer.text(), newer.contentKind(), newer.published(), newer.contentHash(),
        newer.tags(), newer.eventId(), newer.eventTime(), first);
  }
}
