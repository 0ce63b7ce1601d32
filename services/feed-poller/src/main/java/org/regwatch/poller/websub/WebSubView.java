package org.regwatch.poller.websub;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A feed's WebSub subscription as the API shows it (in the feed's {@code state.websub}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebSubView(
    String hub,
    String topic,
    String status,
    Instant verifiedAt,
    Instant leaseExpires,
    long renewals,
    Instant lastPush,
    long pushesAccepted,
    long pushesRejected,
    String lastError) {}
