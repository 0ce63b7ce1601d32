package org.regwatch.poller.items;

/**
 * What the poller remembers of an article: the value of the compacted poller-state topic.
 *
 * @param feedId the feed it was seen in
 * @param contentHash the hash last published for it
 */
public record SeenEntry(String feedId, String contentHash) {}
