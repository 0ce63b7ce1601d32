package org.regwatch.query.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Disables an endpoint and tells its subscriber, in the caller's transaction. "Told" is a notice
 * row the subscriber reads through the API (GET /api/subscriptions/{id}/notices) next to the
 * subscription's own status, and which {@link NoticeRelay} publishes as an
 * {@code org.regwatch.subscription.disabled} event once this transaction committed: the endpoint
 * itself is the one channel known to be dead.
 */
@ApplicationScoped
public class EndpointDisabler {

  static final String DISABLED = "subscription.disabled";

  private final ObjectMapper json;

  public EndpointDisabler(ObjectMapper json) {
    this.json = json;
  }

  /** Disables an enabled endpoint; a no-op (and no second notice) if it is disabled already. */
  public boolean disable(Connection c, String subscriptionId, String reason, Instant at)
      throws SQLException {
    String url;
    Instant failingSince;
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE subscription SET endpoint_status = 'disabled', status_reason = ?,"
            + " disabled_at = ?, updated_at = now()"
            + " WHERE subscription_id = ? AND endpoint_status = 'enabled'"
            + " RETURNING url, failing_since")) {
      ps.setString(1, reason);
      ps.setTimestamp(2, Timestamp.from(at));
      ps.setString(3, subscriptionId);
      try (var rs = ps.executeQuery()) {
        if (!rs.next()) {
          return false;
        }
        url = rs.getString(1);
        Timestamp since = rs.getTimestamp(2);
        failingSince = since == null ? null : since.toInstant();
      }
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("subscriptionId", subscriptionId);
    data.put("url", url);
    data.put("reason", reason);
    data.put("failingSince", failingSince == null ? null : failingSince.toString());
    data.put("disabledAt", at.toString());
    data.put("reenable", "PATCH /api/subscriptions/" + subscriptionId + " {\"active\": true}");
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("type", DISABLED);
    notice.put("timestamp", at.toString());
    notice.put("data", data);
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO subscription_notice (notice_id, subscription_id, type, at, body)"
            + " VALUES (?, ?, ?, ?, ?::jsonb)")) {
      ps.setString(1, "ntc_" + UUID.randomUUID().toString().replace("-", ""));
      ps.setString(2, subscriptionId);
      ps.setString(3, DISABLED);
      ps.setTimestamp(4, Timestamp.from(at));
      ps.setString(5, json.writeValueAsString(notice));
      ps.executeUpdate();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always serializes", e);
    }
    return true;
  }
}
