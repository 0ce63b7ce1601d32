package org.regwatch.poller.websub;

import java.time.Instant;

/**
 * A verified WebSub subscription as it is kept in the poller-state topic, so a restarted instance
 * (same callback URL) keeps accepting the hub's signed pushes instead of answering 404 until the
 * lease ends. It holds the HMAC secret: the topic is internal to the poller, like its other state.
 * Only subscriptions the hub verified are kept; a pending request is simply made again.
 */
public record StoredSubscription(
    String hub,
    String topic,
    String callback,
    String status,
    String secret,
    Instant verifiedAt,
    Instant leaseExpires,
    long leaseSeconds,
    Instant nextAttempt,
    Instant lastPush,
    long pushesAccepted,
    long pushesRejected,
    long renewals,
    String lastError) {}
