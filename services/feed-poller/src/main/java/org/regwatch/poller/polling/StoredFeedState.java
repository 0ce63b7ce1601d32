package org.regwatch.poller.polling;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.regwatch.poller.websub.StoredSubscription;

/**
 * A feed's polling state as kept in the compacted poller-state topic (key: the feed id). Besides
 * what the API shows, it carries the validators and the last body hash, so a restarted or new
 * owner continues with conditional GETs (304s) instead of re-fetching every feed in full, and the
 * failure count and next poll, so backoff and {@code Retry-After} survive a restart.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredFeedState(
    String url,
    String etag,
    String lastModified,
    String lastBodyHash,
    Instant lastAttempt,
    Instant lastSuccess,
    Integer httpStatus,
    String errorKind,
    String errorMessage,
    int consecutiveFailures,
    Instant nextPoll,
    int itemsSeen,
    long articlesPublished,
    long polls,
    String format,
    StoredSubscription websub) {}
