package org.regwatch.poller.feeds;

import java.util.List;

/** Body of POST /api/feeds and PUT /api/feeds/{id}. Missing optional fields take defaults. */
public record FeedRequest(
    String url, String title, List<String> tags, Long pollIntervalSeconds, Boolean fullText) {}
