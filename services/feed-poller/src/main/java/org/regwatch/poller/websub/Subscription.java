package org.regwatch.poller.websub;

import java.time.Duration;
import java.time.Instant;

/**
 * One feed's WebSub subscription at one hub. Written by the manager (requests, lease checks) and
 * by the callback (verification, pushes), so every access goes through this object's lock.
 */
final class Subscription {

  enum Status {
    /** Asked the hub; its intent verification has not come yet. */
    PENDING,
    /** Verified and within its lease: pushes are accepted, polling slows down. */
    ACTIVE,
    /** The hub refused, denied, or never verified: plain polling. */
    FAILED,
    /** The lease ran out without a verified renewal: plain polling. */
    EXPIRED,
    /**
     * The feed was removed or paused: we asked the hub to unsubscribe and wait for it to verify
     * that intent; pushes are refused meanwhile.
     */
    UNSUBSCRIBING
  }

  final String feedId;
  final String hub;
  final String topic;
  private Status status = Status.PENDING;
  private String secret;
  private String pendingSecret;
  private Instant pendingSince;
  private Instant verifiedAt;
  private Instant leaseExpires;
  private Duration lease;
  private Instant nextAttempt;
  private Instant lastPush;
  private long pushesAccepted;
  private long pushesRejected;
  private long renewals;
  private String lastError;
  /** The callback the hub knows, so another instance can tell whether it can take the subscription over. */
  private String callback;

  Subscription(String feedId, String hub, String topic) {
    this.feedId = feedId;
    this.hub = hub;
    this.topic = topic;
  }

  synchronized Status status() {
    return status;
  }

  /** A (re)subscription request is about to be sent with this secret. */
  synchronized void requested(String newSecret, String newCallback, Instant now) {
    pendingSecret = newSecret;
    callback = newCallback;
    pendingSince = now;
    if (status != Status.ACTIVE) {
      status = Status.PENDING;
    }
  }

  synchronized boolean awaitsVerification() {
    return pendingSecret != null;
  }

  /** The hub confirmed our intent: the pending secret becomes the one pushes are signed with. */
  synchronized void verified(Duration grantedLease, Instant now) {
    if (verifiedAt != null) {
      renewals++;
    }
    secret = pendingSecret;
    pendingSecret = null;
    pendingSince = null;
    verifiedAt = now;
    lease = grantedLease;
    leaseExpires = now.plus(grantedLease);
    status = Status.ACTIVE;
    lastError = null;
  }

  synchronized void failed(String error, Instant retryAt) {
    pendingSecret = null;
    pendingSince = null;
    lastError = error;
    nextAttempt = retryAt;
    if (status != Status.ACTIVE) {
      status = Status.FAILED;
    }
  }

  /** The renewal request failed but the current lease still runs: keep it, try again later. */
  synchronized void renewalFailed(String error, Instant retryAt) {
    pendingSecret = null;
    pendingSince = null;
    lastError = error;
    nextAttempt = retryAt;
  }

  /** True when the hub may be pushing to us: an unsubscribe request is owed to it. */
  synchronized boolean hubKnowsUs() {
    return status == Status.ACTIVE || status == Status.PENDING;
  }

  /** An unsubscribe request is about to be sent: no push is accepted from now on. */
  synchronized void unsubscribing(Instant now) {
    status = Status.UNSUBSCRIBING;
    secret = null;
    pendingSecret = null;
    pendingSince = now;
  }

  synchronized boolean verificationOverdue(Duration timeout, Instant now) {
    return pendingSince != null && now.isAfter(pendingSince.plus(timeout));
  }

  /** Lapses an active subscription whose lease ended; true if it just lapsed. */
  synchronized boolean lapseIfExpired(Instant now, Instant retryAt) {
    if (status == Status.ACTIVE && !now.isBefore(leaseExpires)) {
      status = Status.EXPIRED;
      secret = null;
      lastError = "lease expired at " + leaseExpires + " without a verified renewal";
      nextAttempt = retryAt;
      return true;
    }
    return false;
  }

  synchronized boolean renewalDue(double renewAt, Instant now) {
    if (status != Status.ACTIVE || pendingSecret != null) {
      return false;
    }
    if (nextAttempt != null && now.isBefore(nextAttempt)) {
      return false;
    }
    long renewAfterMs = (long) (lease.toMillis() * renewAt);
    return !now.isBefore(verifiedAt.plusMillis(renewAfterMs));
  }

  synchronized boolean mayRetry(Instant now) {
    return (status == Status.FAILED || status == Status.EXPIRED)
        && (nextAttempt == null || !now.isBefore(nextAttempt));
  }

  /**
   * The secrets a push may be signed with: the active one, and the one of a renewal the hub may
   * already use before its verification reached us.
   */
  synchronized String[] acceptedSecrets() {
    if (status != Status.ACTIVE) {
      return new String[0];
    }
    return pendingSecret == null ? new String[] {secret} : new String[] {secret, pendingSecret};
  }

  synchronized void pushAccepted(Instant now) {
    pushesAccepted++;
    lastPush = now;
  }

  synchronized void pushRejected(String why) {
    pushesRejected++;
    lastError = why;
  }

  synchronized void pushFailed(String why) {
    lastError = why;
  }

  /**
   * What survives a restart: a verified subscription (with its secret), or a failed or lapsed one
   * (with its retry time, so a restart does not hammer a refusing hub). A pending or unsubscribing
   * one is not kept: its request is made again, or was the last word.
   */
  synchronized java.util.Optional<StoredSubscription> stored() {
    if (status == Status.PENDING || status == Status.UNSUBSCRIBING) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new StoredSubscription(hub, topic, callback, status.name(),
        status == Status.ACTIVE ? secret : null, verifiedAt, leaseExpires,
        lease == null ? 0 : lease.toSeconds(), nextAttempt, lastPush, pushesAccepted, pushesRejected, renewals,
        lastError));
  }

  static Subscription restored(String feedId, StoredSubscription s) {
    Subscription subscription = new Subscription(feedId, s.hub(), s.topic());
    subscription.status = Status.valueOf(s.status());
    subscription.callback = s.callback();
    subscription.secret = s.secret();
    subscription.verifiedAt = s.verifiedAt();
    subscription.leaseExpires = s.leaseExpires();
    subscription.lease = s.leaseSeconds() > 0 ? Duration.ofSeconds(s.leaseSeconds()) : null;
    subscription.nextAttempt = s.nextAttempt();
    subscription.lastPush = s.lastPush();
    subscription.pushesAccepted = s.pushesAccepted();
    subscription.pushesRejected = s.pushesRejected();
    subscription.renewals = s.renewals();
    subscription.lastError = s.lastError();
    return subscription;
  }

  synchronized WebSubView view() {
    return new WebSubView(hub, topic, status.name().toLowerCase(java.util.Locale.ROOT), verifiedAt,
        leaseExpires, renewals, lastPush, pushesAccepted, pushesRejected, lastError);
  }
}
