package org.regwatch.poller.feeds;

import org.regwatch.events.FeedRegistered;

/**
 * A feed as the registry topic last said it, with where that record sits: the partition decides
 * which poller instance owns the feed.
 */
public record FeedEntry(FeedRegistered feed, int partition, long offset) {

  public String id() {
    return feed.feedId();
  }
}
