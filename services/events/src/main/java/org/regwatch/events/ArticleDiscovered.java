package org.regwatch.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The poller saw an item for the first time. Keyed by {@code articleId} on the articles topic.
 *
 * @param articleId stable id: from the GUID when stable, else the canonical URL, else title + date
 * @param feedId the feed it came from
 * @param url the item's link (canonical form), may be null when the item has none
 * @param title clean text (HTML removed)
 * @param summary the feed's summary or description as clean text, may be empty
 * @param text the text to classify: the full text when {@code content} is {@code full_text},
 *     else the summary. Evidence spans of {@link ArticleClassified} index into this string.
 * @param content which of the two {@code text} is
 * @param published the item's publication time, null when the feed gives none
 * @param contentHash hash of title + text; a later item with the same id and another hash is an
 *     {@link ArticleRevised}
 * @param tags the feed's tags at discovery time
 */
public record ArticleDiscovered(
    int schemaVersion,
    String articleId,
    String feedId,
    String url,
    String title,
    String summary,
    String text,
    ContentKind content,
    Instant published,
    String contentHash,
    List<String> tags)
    implements EventData {

  public static final int SCHEMA_VERSION = 1;

  public ArticleDiscovered {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(feedId, "feedId");
    Objects.requireNonNull(contentHash, "contentHash");
    title = title == null ? "" : title;
    summary = summary == null ? "" : summary;
    text = text == null ? "" : text;
    content = content == null ? ContentKind.SUMMARY : content;
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  public static ArticleDiscovered of(
      String articleId, String feedId, String url, String title, String summary, String text,
      ContentKind content, Instant published, String contentHash, List<String> tags) {
    return new ArticleDiscovered(
        SCHEMA_VERSION, articleId, feedId, url, title, summary, text, content, published,
        contentHash, tags);
  }
}
