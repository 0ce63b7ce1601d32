package org.regwatch.poller.items;

import java.time.Instant;
import org.regwatch.poller.parsing.ParsedItem;

/**
 * Stable article ids ({@code art-} + 16 hex chars of a SHA-256). The key hashed, in order of
 * preference:
 *
 * <ol>
 *   <li>a GUID that is a URL → its canonical form (permalink GUIDs, Atom ids that are URLs);
 *   <li>any other GUID → the GUID scoped by the feed id, since opaque GUIDs like "1234" are only
 *       unique within their feed;
 *   <li>the item link → its canonical form;
 *   <li>otherwise the title and date, scoped by the feed id.
 * </ol>
 *
 * URL keys are not scoped by feed: the same article syndicated in two feeds is one article.
 */
public final class ArticleIds {

  /** Every article id starts so; the poller-state topic tells article records from feed records by it. */
  public static final String PREFIX = "art-";

  private ArticleIds() {}

  public static String of(String feedId, ParsedItem item) {
    return PREFIX + Hashes.sha256Hex(key(feedId, item), 16);
  }

  static String key(String feedId, ParsedItem item) {
    if (item.guid() != null) {
      return CanonicalUrl.of(item.guid())
          .map(url -> "url:" + url)
          .orElse("guid:" + feedId + ":" + item.guid());
    }
    var link = CanonicalUrl.of(item.link());
    if (link.isPresent()) {
      return "url:" + link.get();
    }
    Instant published = item.published();
    return "title:" + feedId + ":" + item.title() + "|" + (published == null ? "" : published);
  }

  /** Hash of what a reader sees: a change of title or text is a revision. */
  public static String contentHash(String title, String text) {
    return Hashes.sha256Hex(title + "\n" + text, 32);
  }
}
