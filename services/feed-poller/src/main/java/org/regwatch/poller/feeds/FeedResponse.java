package org.regwatch.poller.feeds;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.regwatch.poller.polling.FeedStateView;

/**
 * A feed as the registry says it, plus its polling state when this instance owns it ({@code state}
 * is absent on instances that do not poll the feed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedResponse(
    String id,
    String url,
    String title,
    List<String> tags,
    long pollIntervalSeconds,
    boolean fullText,
    boolean paused,
    FeedStateView state) {}
