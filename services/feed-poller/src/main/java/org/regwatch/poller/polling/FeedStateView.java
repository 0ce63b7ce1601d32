package org.regwatch.poller.polling;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.regwatch.poller.websub.WebSubView;

/** A feed's polling state as the API shows it; {@code websub} only when the feed has a hub. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedStateView(
    Instant lastAttempt,
    Instant lastSuccess,
    Integer httpStatus,
    String errorKind,
    String errorMessage,
    int consecutiveFailures,
    boolean healthy,
    Instant nextPoll,
    int itemsSeen,
    long articlesPublished,
    long polls,
    String format,
    WebSubView websub) {}
