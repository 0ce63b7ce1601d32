package org.regwatch.events;

import java.util.List;
import java.util.Objects;

/**
 * A feed was added to the registry or changed (URL, title, tags, interval, pause). The registry
 * topic is compacted by feed id, so the newest {@code FeedRegistered} for an id is the feed's
 * whole current definition.
 *
 * @param feedId stable id; does not change when the feed's URL moves (301/308)
 * @param url http or https URL of the feed document
 * @param title human title, may be empty
 * @param tags free-form labels copied onto every article of the feed
 * @param pollIntervalSeconds the operator's chosen interval; the poller may poll less often when
 *     the feed asks it to (ttl, Cache-Control, Retry-After)
 * @param fullText whether the poller fetches each item's linked page for its main text
 * @param paused a paused feed stays registered but is not polled
 */
public record FeedRegistered(
    int schemaVersion,
    String feedId,
    String url,
    String title,
    List<String> tags,
    long pollIntervalSeconds,
    boolean fullText,
    boolean paused)
    implements EventData {

  public static final int SCHEMA_VERSION = 1;

  public FeedRegistered {
    Objects.requireNonNull(feedId, "feedId");
    Objects.requireNonNull(url, "url");
    title = title == null ? "" : title;
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  public static FeedRegistered of(
      String feedId, String url, String title, List<String> tags, long pollIntervalSeconds,
      boolean fullText, boolean paused) {
    return new FeedRegistered(
        SCHEMA_VERSION, feedId, url, title, tags, pollIntervalSeconds, fullText, paused);
  }
}
