package org.regwatch.query.webhooks;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The outbox as the delivery workers use it: claim due messages, record what each attempt did. */
@ApplicationScoped
public class DeliveryStore {

  /** A claimed message with what is needed to send it. */
  public record Due(String messageId, String subscriptionId, String body, int attempts,
      String url, String secret, String previousSecret, Instant previousUntil,
      Instant failingSince) {}

  private final AgroalDataSource dataSource;

  public DeliveryStore(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Claims up to {@code limit} due messages of enabled, active subscriptions, skipping rows another
   * worker holds, by pushing their due time {@code lease} ahead: a worker that dies mid-delivery
   * leaves them due again after the lease, so a crash delays a message but never loses it.
   */
  public List<Due> claim(int limit, Duration lease, Collection<String> saturated)
      throws SQLException {
    List<Due> due = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "WITH picked AS (SELECT o.message_id FROM webhook_outbox o"
                + " JOIN subscription s ON s.subscription_id = o.subscription_id"
                + " WHERE o.state = 'pending' AND o.next_attempt_at <= now() AND s.active"
                + " AND s.endpoint_status = 'enabled' AND NOT (s.subscription_id = ANY(?))"
                + " ORDER BY o.next_attempt_at LIMIT ? FOR UPDATE OF o SKIP LOCKED)"
                + " UPDATE webhook_outbox o SET next_attempt_at = now() + ?::interval"
                + " FROM picked, subscription s WHERE o.message_id = picked.message_id"
                + " AND s.subscription_id = o.subscription_id"
                + " RETURNING o.message_id, o.subscription_id, o.body, o.attempts, s.url,"
                + " s.secret, s.previous_secret, s.previous_until, s.failing_since")) {
      ps.setArray(1, c.createArrayOf("varchar", saturated.toArray()));
      ps.setInt(2, limit);
      ps.setString(3, lease.toMillis() + " milliseconds");
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          due.add(new Due(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
              rs.getString(5), rs.getString(6), rs.getString(7), instant(rs.getTimestamp(8)),
              instant(rs.getTimestamp(9))));
        }
      }
    }
    return due;
  }

  /** Logs an attempt and moves the message to its next state, in one transaction. */
  public void recordAttempt(Due d, WebhookSender.Result r, Instant at, String state,
      Instant nextAttempt) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        int attempt = d.attempts() + 1;
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO webhook_attempt (message_id, attempt, at, status_code, latency_ms, error,"
                + " response_snippet) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (message_id, attempt) DO NOTHING")) {
          ps.setString(1, d.messageId());
          ps.setInt(2, attempt);
          ps.setTimestamp(3, Timestamp.from(at));
          if (r.status() > 0) {
            ps.setInt(4, r.status());
          } else {
            ps.setNull(4, java.sql.Types.INTEGER);
          }
          ps.setInt(5, (int) r.latencyMs());
          ps.setString(6, r.error());
          ps.setString(7, r.snippet());
          ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE webhook_outbox SET attempts = ?, state = ?, next_attempt_at = ?,"
                + " last_status = ?, delivered_at = CASE WHEN ? = 'delivered' THEN ?"
                + " ELSE delivered_at END WHERE message_id = ?")) {
          ps.setInt(1, attempt);
          ps.setString(2, state);
          ps.setTimestamp(3, Timestamp.from(nextAttempt));
          if (r.status() > 0) {
            ps.setInt(4, r.status());
          } else {
            ps.setNull(4, java.sql.Types.INTEGER);
          }
          ps.setString(5, state);
          ps.setTimestamp(6, Timestamp.from(at));
          ps.setString(7, d.messageId());
          ps.executeUpdate();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /** A success clears the endpoint's failing streak. */
  public void endpointSucceeded(String subscriptionId) throws SQLException {
    update("UPDATE subscription SET failing_since = NULL WHERE subscription_id = ?"
        + " AND failing_since IS NOT NULL", subscriptionId);
  }

  public void endpointFailing(String subscriptionId, Instant since) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE subscription SET failing_since = COALESCE(failing_since, ?)"
                + " WHERE subscription_id = ?")) {
      ps.setTimestamp(1, Timestamp.from(since));
      ps.setString(2, subscriptionId);
      ps.executeUpdate();
    }
  }

  public void disableEndpoint(String subscriptionId, String reason) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE subscription SET endpoint_status = 'disabled', status_reason = ?,"
                + " updated_at = now() WHERE subscription_id = ?")) {
      ps.setString(1, reason);
      ps.setString(2, subscriptionId);
      ps.executeUpdate();
    }
  }

  private void update(String sql, String id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, id);
      ps.executeUpdate();
    }
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
