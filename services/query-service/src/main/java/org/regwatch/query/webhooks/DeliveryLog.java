package org.regwatch.query.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The delivery log of a subscription, and the requeueing of messages (redelivery, replay). */
@ApplicationScoped
public class DeliveryLog {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Attempt(int attempt, Instant at, Integer statusCode, int latencyMs, String error,
      String responseSnippet) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Delivery(String messageId, String developmentId, int developmentVersion,
      String type, Instant createdAt, String state, int attempts, Instant nextAttemptAt,
      Integer lastStatus, Instant deliveredAt, List<Attempt> log) {}

  private final AgroalDataSource dataSource;
  private final DeliveryWakeup wakeup;

  public DeliveryLog(AgroalDataSource dataSource, DeliveryWakeup wakeup) {
    this.dataSource = dataSource;
    this.wakeup = wakeup;
  }

  /** The newest {@code limit} messages of a subscription with every attempt. */
  public List<Delivery> of(String subscriptionId, int limit) throws SQLException {
    Map<String, Delivery> out = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT message_id, development_id, development_version, event_type, created_at, state,"
              + " attempts, next_attempt_at, last_status, delivered_at FROM webhook_outbox"
              + " WHERE subscription_id = ? ORDER BY created_at DESC, message_id LIMIT ?")) {
        ps.setString(1, subscriptionId);
        ps.setInt(2, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), new Delivery(rs.getString(1), rs.getString(2), rs.getInt(3),
                rs.getString(4), instant(rs.getTimestamp(5)), rs.getString(6), rs.getInt(7),
                instant(rs.getTimestamp(8)), (Integer) rs.getObject(9),
                instant(rs.getTimestamp(10)), new ArrayList<>()));
          }
        }
      }
      if (out.isEmpty()) {
        return List.of();
      }
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT message_id, attempt, at, status_code, latency_ms, error, response_snippet"
              + " FROM webhook_attempt WHERE message_id = ANY(?) ORDER BY message_id, attempt")) {
        ps.setArray(1, c.createArrayOf("varchar", out.keySet().toArray()));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.get(rs.getString(1)).log().add(new Attempt(rs.getInt(2),
                instant(rs.getTimestamp(3)), (Integer) rs.getObject(4), rs.getInt(5),
                rs.getString(6), rs.getString(7)));
          }
        }
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * Sends one message again (same webhook-id, so receivers can deduplicate); false if unknown.
   * A digest subscription's single alerts are not messages of their own (they travel in the
   * digest, which is redeliverable), so they are left out here and in a replay.
   */
  public boolean redeliver(String subscriptionId, String messageId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE webhook_outbox SET state = 'pending', next_attempt_at = now()"
                + " WHERE subscription_id = ? AND message_id = ?"
                + " AND state NOT IN ('collected', 'bundled')")) {
      ps.setString(1, subscriptionId);
      ps.setString(2, messageId);
      boolean requeued = ps.executeUpdate() == 1;
      if (requeued) {
        wakeup.now(); // committed (autocommit): due at once, not at the next poll
      }
      return requeued;
    }
  }

  /** Sends again every message created in [from, to); returns how many. */
  public int replay(String subscriptionId, Instant from, Instant to) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE webhook_outbox SET state = 'pending', next_attempt_at = now()"
                + " WHERE subscription_id = ? AND created_at >= ? AND created_at < ?"
                + " AND state NOT IN ('collected', 'bundled')")) {
      ps.setString(1, subscriptionId);
      ps.setTimestamp(2, Timestamp.from(from));
      ps.setTimestamp(3, Timestamp.from(to));
      int requeued = ps.executeUpdate();
      if (requeued > 0) {
        wakeup.now();
      }
      return requeued;
    }
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
