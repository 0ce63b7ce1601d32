package org.regwatch.events;

import java.util.Objects;

/**
 * A feed was removed from the registry. Kept as a value (not only a tombstone) so that consumers
 * replaying the compacted topic learn of the removal; the registry may follow it with a tombstone.
 *
 * @param reason why, for the audit trail (e.g. "removed by operator")
 */
public record FeedRemoved(int schemaVersion, String feedId, String reason) implements EventData {

  public static final int SCHEMA_VERSION = 1;

  public FeedRemoved {
    Objects.requireNonNull(feedId, "feedId");
    reason = reason == null ? "" : reason;
  }

  public static FeedRemoved of(String feedId, String reason) {
    return new FeedRemoved(SCHEMA_VERSION, feedId, reason);
  }
}
