package org.regwatch.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An item already discovered came back with different content (its content hash changed). Same
 * fields as {@link ArticleDiscovered}, plus the hash it replaces. Consumers treat it as the new
 * version of the article.
 */
public record ArticleRevised(
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
    String previousContentHash,
    List<String> tags)
    implements EventData {

  public static final int SCHEMA_VERSION = 1;

  public ArticleRevised {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(feedId, "feedId");
    Objects.requireNonNull(contentHash, "contentHash");
    title = title == null ? "" : title;
    summary = summary == null ? "" : summary;
    text = text == null ? "" : text;
    content = content == null ? ContentKind.SUMMARY : content;
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
