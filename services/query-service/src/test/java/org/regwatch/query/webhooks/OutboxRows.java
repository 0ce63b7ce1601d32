package org.regwatch.query.webhooks;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Outbox rows written as the projection's transaction writes them (the outbox is the contract
 * between matching and delivery), and counted back.
 */
final class OutboxRows {

  private final AgroalDataSource dataSource;

  OutboxRows(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** {@code n} messages due now; returns their webhook-ids. */
  List<String> pending(String subscriptionId, String body, int n) throws SQLException {
    List<String> ids = new ArrayList<>();
    Instant now = Instant.now();
    for (int i = 0; i < n; i++) {
      ids.add(write(subscriptionId, "dev-" + UUID.randomUUID(), body, "pending", now));
    }
    return ids;
  }

  String pending(String subscriptionId, String body) throws SQLException {
    return pending(subscriptionId, body, 1).get(0);
  }

  /** A digest subscription's alert, created at {@code at}, waiting for its day's digest. */
  String collected(String subscriptionId, String developmentId, String body, Instant at)
      throws SQLException {
    return write(subscriptionId, developmentId, body, "collected", at);
  }

  private String write(String subscriptionId, String developmentId, String body, String state,
      Instant at) throws SQLException {
    String message = "msg_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "INSERT INTO webhook_outbox (message_id, subscription_id, development_id,"
                + " development_version, event_type, body, created_at, state, next_attempt_at)"
                + " VALUES (?, ?, ?, 1, 'development.changed', ?, ?, ?, ?)")) {
      ps.setString(1, message);
      ps.setString(2, subscriptionId);
      ps.setString(3, developmentId);
      ps.setString(4, body);
      ps.setTimestamp(5, Timestamp.from(at));
      ps.setString(6, state);
      ps.setTimestamp(7, Timestamp.from(at));
      ps.executeUpdate();
    }
    return message;
  }

  /** Messages of a subscription in a state; unchecked, for use inside Eventually. */
  int count(String subscriptionId, String state) {
    return count("SELECT count(*) FROM webhook_outbox WHERE subscription_id = ? AND state = ?",
        subscriptionId, state);
  }

  /** Outbox messages of a subscription for one development id (a digest: "digest:<day>"). */
  int countFor(String subscriptionId, String developmentId) {
    return count("SELECT count(*) FROM webhook_outbox WHERE subscription_id = ?"
        + " AND development_id = ?", subscriptionId, developmentId);
  }

  private int count(String sql, String a, String b) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, a);
      ps.setString(2, b);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
