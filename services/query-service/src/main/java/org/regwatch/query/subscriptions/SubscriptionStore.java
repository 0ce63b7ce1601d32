package org.regwatch.query.subscriptions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.regwatch.apikeys.ApiKeyHashes;
import org.regwatch.query.security.ApiKeys;
import org.regwatch.query.webhooks.SubscriptionIndex;

/**
 * Subscribers, keys and subscriptions in PostgreSQL, and the matcher's index kept in step: every
 * change is written first, then applied to the index, so the index never knows more than the table.
 */
@ApplicationScoped
public class SubscriptionStore {

  /** A newly issued key; the plain key exists only in this response. */
  public record IssuedKey(String subscriberId, String keyId, String key) {}

  private static final String COLUMNS = "subscription_id, subscriber_id, url, filters::text,"
      + " query, mode, active, endpoint_status, status_reason, failing_since, created_at,"
      + " disabled_at";

  private final AgroalDataSource dataSource;
  private final ObjectMapper json;
  private final SubscriptionIndex index;

  public SubscriptionStore(AgroalDataSource dataSource, ObjectMapper json,
      SubscriptionIndex index) {
    this.dataSource = dataSource;
    this.json = json;
    this.index = index;
  }

  public IssuedKey createSubscriber(String name) throws SQLException {
    String id = "sub_" + shortId();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO subscriber (subscriber_id, name, created_at) VALUES (?, ?, now())")) {
        ps.setString(1, id);
        ps.setString(2, name);
        ps.executeUpdate();
        IssuedKey key = insertKey(c, id);
        c.commit();
        return key;
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    }
  }

  public Optional<IssuedKey> addKey(String subscriberId) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT 1 FROM subscriber WHERE subscriber_id = ?")) {
        ps.setString(1, subscriberId);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
        }
      }
      return Optional.of(insertKey(c, subscriberId));
    }
  }

  public boolean revokeKey(String subscriberId, String keyId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE api_key SET revoked_at = COALESCE(revoked_at, now())"
                + " WHERE subscriber_id = ? AND key_id = ?")) {
      ps.setString(1, subscriberId);
      ps.setString(2, keyId);
      return ps.executeUpdate() == 1;
    }
  }

  private IssuedKey insertKey(Connection c, String subscriberId) throws SQLException {
    String key = ApiKeys.newKey();
    String keyId = "key_" + shortId();
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO api_key (key_id, subscriber_id, key_hash, created_at)"
            + " VALUES (?, ?, ?, now())")) {
      ps.setString(1, keyId);
      ps.setString(2, subscriberId);
      ps.setString(3, ApiKeyHashes.sha256Hex(key));
      ps.executeUpdate();
    }
    return new IssuedKey(subscriberId, keyId, key);
  }

  public Subscription create(String subscriberId, SubscriptionRequest r) throws SQLException {
    String id = "whs_" + shortId();
    String secret = Secrets.newSecret();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "INSERT INTO subscription (subscription_id, subscriber_id, url, filters, query, mode,"
                + " active, secret, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?, now(), now())")) {
      ps.setString(1, id);
      ps.setString(2, subscriberId);
      ps.setString(3, r.url());
      ps.setString(4, filtersJson(r.filters()));
      ps.setString(5, blankToNull(r.query()));
      ps.setString(6, mode(r));
      ps.setBoolean(7, r.active() == null || r.active());
      ps.setString(8, secret);
      ps.executeUpdate();
    }
    Subscription s = find(id).orElseThrow();
    reindex(s);
    return s.withSecret(secret);
  }

  public Optional<Subscription> update(String id, SubscriptionRequest r) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE subscription SET url = ?, filters = ?::jsonb, query = ?, mode = ?,"
                + " active = ?, updated_at = now() WHERE subscription_id = ?")) {
      ps.setString(1, r.url());
      ps.setString(2, filtersJson(r.filters()));
      ps.setString(3, blankToNull(r.query()));
      ps.setString(4, mode(r));
      ps.setBoolean(5, r.active() == null || r.active());
      ps.setString(6, id);
      return ps.executeUpdate() == 0 ? Optional.empty() : reindexed(id);
    }
  }

  public boolean delete(String id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "DELETE FROM subscription WHERE subscription_id = ?")) {
      ps.setString(1, id);
      boolean gone = ps.executeUpdate() == 1;
      index.remove(id);
      return gone;
    }
  }

  /** A new secret; the previous one keeps signing (second signature) for {@code overlap}. */
  public String rotateSecret(String id, Duration overlap) throws SQLException {
    String secret = Secrets.newSecret();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE subscription SET previous_secret = secret, secret = ?,"
                + " previous_until = ?, updated_at = now() WHERE subscription_id = ?")) {
      ps.setString(1, secret);
      ps.setTimestamp(2, Timestamp.from(Instant.now().plus(overlap)));
      ps.setString(3, id);
      ps.executeUpdate();
    }
    return secret;
  }

  /**
   * Re-enables an endpoint that a 410 or days of failures disabled, with a fresh failure streak
   * (otherwise the next failure would disable it again at once); its pending messages are due.
   */
  public void enableEndpoint(String id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE subscription SET endpoint_status = 'enabled', status_reason = NULL,"
                + " failing_since = NULL, disabled_at = NULL, updated_at = now()"
                + " WHERE subscription_id = ?")) {
      ps.setString(1, id);
      ps.executeUpdate();
    }
  }

  /**
   * Sets the active flag. Activating also re-enables a disabled endpoint with a fresh failure
   * streak: a subscriber who says "on" after being told the endpoint was disabled means it.
   */
  public Optional<Subscription> setActive(String id, boolean active) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE subscription SET active = ?,"
                + " endpoint_status = CASE WHEN ? THEN 'enabled' ELSE endpoint_status END,"
                + " status_reason = CASE WHEN ? THEN NULL ELSE status_reason END,"
                + " failing_since = CASE WHEN ? THEN NULL ELSE failing_since END,"
                + " disabled_at = CASE WHEN ? THEN NULL ELSE disabled_at END,"
                + " updated_at = now() WHERE subscription_id = ?")) {
      ps.setBoolean(1, active);
      for (int i = 2; i <= 5; i++) {
        ps.setBoolean(i, active);
      }
      ps.setString(6, id);
      return ps.executeUpdate() == 0 ? Optional.empty() : reindexed(id);
    }
  }

  /** What the service told the subscriber about this subscription, newest first. */
  public List<com.fasterxml.jackson.databind.JsonNode> notices(String id) throws SQLException {
    List<com.fasterxml.jackson.databind.JsonNode> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT body::text FROM subscription_notice WHERE subscription_id = ?"
                + " ORDER BY at DESC, notice_id LIMIT 100")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          try {
            out.add(json.readTree(rs.getString(1)));
          } catch (JsonProcessingException e) {
            throw new SQLException("notice of " + id + " is not JSON", e);
          }
        }
      }
    }
    return out;
  }

  public Optional<Subscription> find(String id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT " + COLUMNS + " FROM subscription WHERE subscription_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  /** Subscriptions of one subscriber, or all when {@code subscriberId} is null. */
  public List<Subscription> list(String subscriberId) throws SQLException {
    List<Subscription> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT " + COLUMNS + " FROM subscription WHERE (?::text IS NULL OR subscriber_id = ?)"
                + " ORDER BY created_at, subscription_id")) {
      ps.setString(1, subscriberId);
      ps.setString(2, subscriberId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(map(rs));
        }
      }
    }
    return out;
  }

  /** The active subscriptions, for the matcher's index at start. */
  public List<SubscriptionIndex.Entry> activeEntries() throws SQLException {
    return list(null).stream().filter(Subscription::active)
        .map(s -> new SubscriptionIndex.Entry(s.id(), s.filters(), s.query(), s.mode()))
        .toList();
  }

  /** Reads a changed subscription back and brings the matcher's index in step with it. */
  private Optional<Subscription> reindexed(String id) throws SQLException {
    Optional<Subscription> s = find(id);
    s.ifPresent(this::reindex);
    return s;
  }

  private void reindex(Subscription s) {
    if (s.active()) {
      index.put(new SubscriptionIndex.Entry(s.id(), s.filters(), s.query(), s.mode()));
    } else {
      index.remove(s.id());
    }
  }

  private Subscription map(ResultSet rs) throws SQLException {
    Filters filters;
    try {
      filters = json.readValue(rs.getString(4), Filters.class);
    } catch (JsonProcessingException e) {
      throw new SQLException("filters of " + rs.getString(1) + " are not readable", e);
    }
    Timestamp failing = rs.getTimestamp(10);
    Timestamp disabled = rs.getTimestamp(12);
    return new Subscription(rs.getString(1), rs.getString(2), rs.getString(3), filters,
        rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getString(9),
        failing == null ? null : failing.toInstant(),
        disabled == null ? null : disabled.toInstant(), rs.getTimestamp(11).toInstant(), null);
  }

  private String filtersJson(Filters f) {
    try {
      return json.writeValueAsString(f == null ? Filters.none() : f);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("filters always serialize", e);
    }
  }

  private static String mode(SubscriptionRequest r) {
    return r.mode() == null ? "immediate" : r.mode();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String shortId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 20);
  }
}
