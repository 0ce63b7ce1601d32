package org.regwatch.poller.items;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.regwatch.events.ArticleDiscovered;
import org.regwatch.events.ArticleRevised;
import org.regwatch.events.ContentKind;
import org.regwatch.events.Event;
import org.regwatch.events.EventData;
import org.regwatch.events.FeedRegistered;
import org.regwatch.poller.parsing.ParsedItem;

/**
 * Decides what a poll's items mean: new article → {@link ArticleDiscovered}, known article with
 * another content hash → {@link ArticleRevised}, known and unchanged → nothing. Event ids are
 * derived from article id and content hash, so a re-publication after a crash carries the same id.
 */
public final class ArticleEvents {

  public static final String SOURCE = "/regwatch/feed-poller";

  private ArticleEvents() {}

  /** One event to publish and the state to remember once it is acknowledged. */
  public record Pending(Event<? extends EventData> event, String articleId, SeenEntry seen) {}

  /**
   * The same pending event with the linked page's main text as {@code text} ({@code full_text}).
   * The content hash and the event id stay those of the feed's own text: deciding "new or
   * changed" must not require fetching every linked page on every poll.
   */
  public static Pending withFullText(Pending pending, String fullText) {
    Event<? extends EventData> e = pending.event();
    EventData data = e.data();
    if (data instanceof ArticleDiscovered d) {
      data = ArticleDiscovered.of(d.articleId(), d.feedId(), d.url(), d.title(), d.summary(), fullText,
          ContentKind.FULL_TEXT, d.published(), d.contentHash(), d.tags());
    } else if (data instanceof ArticleRevised r) {
      data = new ArticleRevised(ArticleRevised.SCHEMA_VERSION, r.articleId(), r.feedId(), r.url(),
          r.title(), r.summary(), fullText, ContentKind.FULL_TEXT, r.published(), r.contentHash(),
          r.previousContentHash(), r.tags());
    }
    return new Pending(Event.of(e.id(), e.source(), e.subject(), e.time(), data), pending.articleId(), pending.seen());
  }

  public static List<Pending> decide(
      FeedRegistered feed, List<ParsedItem> items, Function<String, Optional<SeenEntry>> seenState,
      Instant now) {
    List<Pending> pending = new ArrayList<>();
    Set<String> inThisPoll = new HashSet<>();
    for (ParsedItem item : items) {
      String articleId = ArticleIds.of(feed.feedId(), item);
      if (!inThisPoll.add(articleId)) {
        continue; // duplicate GUIDs inside one document: the first one wins
      }
      boolean full = !item.content().isEmpty() && item.content().length() > item.summary().length();
      String text = full ? item.content() : item.summary();
      String hash = ArticleIds.contentHash(item.title(), text);
      Optional<SeenEntry> before = seenState.apply(articleId);
      if (before.isPresent() && before.get().contentHash().equals(hash)) {
        continue;
      }
      String url = CanonicalUrl.of(item.link()).orElse(item.link());
      ContentKind kind = full ? ContentKind.FULL_TEXT : ContentKind.SUMMARY;
      EventData data;
      String eventId;
      if (before.isEmpty()) {
        data = ArticleDiscovered.of(articleId, feed.feedId(), url, item.title(), item.summary(),
            text, kind, item.published(), hash, feed.tags());
        eventId = "disc-" + articleId + "-" + hash;
      } else {
        data = new ArticleRevised(ArticleRevised.SCHEMA_VERSION, articleId, feed.feedId(), url,
            item.title(), item.summary(), text, kind, item.published(), hash,
            before.get().contentHash(), feed.tags());
        eventId = "rev-" + articleId + "-" + hash;
      }
      pending.add(new Pending(Event.of(eventId, SOURCE, articleId, now, data), articleId,
          new SeenEntry(feed.feedId(), hash)));
    }
    return pending;
  }
}
