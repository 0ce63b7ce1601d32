package org.regwatch.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A webhook endpoint was disabled: its receiver answered 410 Gone, or it had no successful
 * delivery for days. The endpoint itself is the one channel known to be dead, so the subscriber is
 * told through this event (for an operator's mailer or a status page) and the subscription's API
 * status. Its messages wait, undelivered, until the subscriber re-enables the endpoint.
 *
 * <p>Keyed by subscription id. The query service writes the notice in the same transaction that
 * disables the endpoint and relays it afterwards, so a relay that is retried (a crash between the
 * broker's acknowledgement and the note that it was published) sends the same event id again.
 *
 * @param subscriptionId the disabled subscription ({@code whs_…})
 * @param subscriberId its owner ({@code sub_…}), may be null if the owner was deleted
 * @param url the endpoint's webhook URL
 * @param reason why, e.g. "receiver answered 410 Gone at …" or "no successful delivery since …"
 * @param failingSince start of the failing streak, null for a 410 on a first failure
 * @param disabledAt when it was disabled
 */
public record SubscriptionDisabled(
    int schemaVersion,
    String subscriptionId,
    String subscriberId,
    String url,
    String reason,
    Instant failingSince,
    Instant disabledAt)
    implements EventData {

  public static final int SCHEMA_VERSION = 1;

  public SubscriptionDisabled {
    Objects.requireNonNull(subscriptionId, "subscriptionId");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(disabledAt, "disabledAt");
  }

  public static SubscriptionDisabled of(String subscriptionId, String subscriberId, String url,
      String reason, Instant failingSince, Instant disabledAt) {
    return new SubscriptionDisabled(SCHEMA_VERSION, subscriptionId, subscriberId, url, reason,
        failingSince, disabledAt);
  }
}
