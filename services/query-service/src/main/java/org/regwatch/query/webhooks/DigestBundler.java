package org.regwatch.query.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Bundles a daily_digest subscription's alerts of one UTC day into ONE outbox message of type
 * {@code developments.digest}, once the day is over. The bundle is an ordinary pending message,
 * so it is signed, retried, logged and redeliverable like any other. Bundling takes the day's
 * collected rows with a row lock and marks them in the same transaction, so two service
 * instances (or a restart mid-way) never bundle an alert twice, and the outbox's unique key
 * (subscription, "digest:&lt;day&gt;", version) makes the digest unique per subscription and day.
 */
@ApplicationScoped
public class DigestBundler {

  public static final String TYPE = "developments.digest";
  private static final Logger LOG = Logger.getLogger(DigestBundler.class);

  private final AgroalDataSource dataSource;
  private final ObjectMapper json;
  private final DeliveryWakeup wakeup;
  private final Clock clock = Clock.systemUTC();

  public DigestBundler(AgroalDataSource dataSource, ObjectMapper json, DeliveryWakeup wakeup) {
    this.dataSource = dataSource;
    this.json = json;
    this.wakeup = wakeup;
  }

  @Scheduled(every = "{regwatch.webhooks.digest-check-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void onSchedule() {
    try {
      bundleDue(clock.instant());
    } catch (SQLException e) {
      // the database may be down: the next run bundles what is still collected
      LOG.warnf("digest bundling failed: %s", e.getMessage());
    }
  }

  /** Bundles every collected alert of a UTC day that ended before {@code now}; returns digests. */
  public int bundleDue(Instant now) throws SQLException {
    Instant today = LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay()
        .toInstant(ZoneOffset.UTC);
    List<Object[]> pending = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT subscription_id, (created_at AT TIME ZONE 'UTC')::date FROM webhook_outbox"
                + " WHERE state = 'collected' AND created_at < ? GROUP BY 1, 2 ORDER BY 2, 1")) {
      ps.setTimestamp(1, Timestamp.from(today));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          pending.add(new Object[] {rs.getString(1), rs.getDate(2).toLocalDate()});
        }
      }
    }
    int made = 0;
    for (Object[] p : pending) {
      if (bundle((String) p[0], (LocalDate) p[1], now)) {
        made++;
      }
    }
    if (made > 0) {
      wakeup.now(); // the digests are committed and due
    }
    return made;
  }

  private boolean bundle(String subscriptionId, LocalDate day, Instant now) throws SQLException {
    String messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
    String developmentId = "digest:" + day;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        List<JsonNode> changes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
            "WITH taken AS (UPDATE webhook_outbox SET state = 'bundled', bundled_into = ?"
                + " WHERE subscription_id = ? AND state = 'collected' AND created_at >= ?"
                + " AND created_at < ? RETURNING body, created_at, message_id)"
                + " SELECT body FROM taken ORDER BY created_at, message_id")) {
          ps.setString(1, messageId);
          ps.setString(2, subscriptionId);
          ps.setTimestamp(3, Timestamp.from(day.atStartOfDay().toInstant(ZoneOffset.UTC)));
          ps.setTimestamp(4, Timestamp.from(day.plusDays(1).atStartOfDay()
              .toInstant(ZoneOffset.UTC)));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              changes.add(json.readTree(rs.getString(1)));
            }
          }
        }
        if (changes.isEmpty()) {
          c.rollback(); // another instance bundled them first
          return false;
        }
        // normally 1; an alert committed after its day was bundled goes into a second digest
        int version;
        try (PreparedStatement ps = c.prepareStatement(
            "SELECT COALESCE(MAX(development_version), 0) + 1 FROM webhook_outbox"
                + " WHERE subscription_id = ? AND development_id = ?")) {
          ps.setString(1, subscriptionId);
          ps.setString(2, developmentId);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            version = rs.getInt(1);
          }
        }
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO webhook_outbox (message_id, subscription_id, development_id,"
                + " development_version, event_type, body, created_at, state, next_attempt_at)"
                // due at once, by the database's clock like every claim
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', now())")) {
          Timestamp at = Timestamp.from(now);
          ps.setString(1, messageId);
          ps.setString(2, subscriptionId);
          ps.setString(3, developmentId);
          ps.setInt(4, version);
          ps.setString(5, TYPE);
          ps.setString(6, body(day, now, changes));
          ps.setTimestamp(7, at);
          ps.executeUpdate();
        }
        c.commit();
        return true;
      } catch (SQLException | RuntimeException | JsonProcessingException e) {
        c.rollback();
        throw e instanceof SQLException se ? se : new SQLException("digest of " + subscriptionId
            + " for " + day + " failed", e);
      }
    }
  }

  private String body(LocalDate day, Instant now, List<JsonNode> changes)
      throws JsonProcessingException {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("day", day.toString());
    data.put("count", changes.size());
    data.put("changes", changes);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("type", TYPE);
    payload.put("timestamp", now.toString());
    payload.put("data", data);
    return json.writeValueAsString(payload);
  }
}
