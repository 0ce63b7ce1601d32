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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The outbox as the delivery workers use it: claim due messages, record what each attempt did. */
@ApplicationScoped
public class DeliveryStore {

  /** A claimed message with what is needed to send it. */
  public record Due(String messageId, String subscriptionId, String body, int attempts,
      String url, String secret, String previousSecret, Instant previousUntil,
      Instant failingSince) {}

  private final AgroalDataSource dataSource;
  private final EndpointDisabler disabler;
  private final NoticeRelay notices;

  public DeliveryStore(AgroalDataSource dataSource, EndpointDisabler disabler,
      NoticeRelay notices) {
    this.dataSource = dataSource;
    this.disabler = disabler;
    this.notices = notices;
  }

  /**
   * Claims up to {@code limit} due messages of enabled, active subscriptions, at most
   * {@code perEndpoint} minus what is already in flight for each endpoint ({@code busy}), skipping
   * rows another worker holds, by pushing their due time {@code lease} ahead: a worker that dies
   * mid-delivery leaves them due again after the lease, so a crash delays a message but never
   * loses it. The per-endpoint cap is applied in the claim itself: a batch of 200 rows of one
   * slow endpoint would otherwise all be sent at once.
   */
  public List<Due> claim(int limit, Duration lease, int perEndpoint, Map<String, Integer> busy)
      throws SQLException {
    List<Due> due = new ArrayList<>();
    List<String> busyIds = new ArrayList<>(busy.keySet());
    Integer[] busyCounts = busyIds.stream().map(busy::get).toArray(Integer[]::new);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            // per endpoint with due messages, its oldest ones up to its free share: fair across
            // endpoints (a plain ORDER BY next_attempt_at LIMIT n handed a whole claim to the
            // endpoint whose rows came first, leaving the others' slots idle)
            "WITH due_subs AS (SELECT DISTINCT o.subscription_id FROM webhook_outbox o"
                + " WHERE o.state = 'pending' AND o.next_attempt_at <= now()"
                + " AND NOT (o.subscription_id = ANY(?))),"
                + " picked AS (SELECT p.message_id FROM due_subs d JOIN subscription s"
                + " ON s.subscription_id = d.subscription_id AND s.active"
                + " AND s.endpoint_status = 'enabled'"
                + " LEFT JOIN unnest(?::text[], ?::int[]) AS b(id, n) ON b.id = d.subscription_id"
                + " CROSS JOIN LATERAL (SELECT o.message_id FROM webhook_outbox o"
                + " WHERE o.subscription_id = d.subscription_id AND o.state = 'pending'"
                + " AND o.next_attempt_at <= now() ORDER BY o.next_attempt_at"
                + " LIMIT GREATEST(? - COALESCE(b.n, 0), 0) FOR UPDATE OF o SKIP LOCKED) p"
                + " LIMIT ?)"
                + " UPDATE webhook_outbox o SET next_attempt_at = now() + ?::interval"
                + " FROM picked, subscription s WHERE o.message_id = picked.message_id"
                + " AND s.subscription_id = o.subscription_id"
                + " RETURNING o.message_id, o.subscription_id, o.body, o.attempts, s.url,"
                + " s.secret, s.previous_secret, s.previous_until, s.failing_since")) {
      List<String> saturated = busyIds.stream().filter(id -> busy.get(id) >= perEndpoint)
          .toList();
      ps.setArray(1, c.createArrayOf("varchar", saturated.toArray()));
      ps.setArray(2, c.createArrayOf("text", busyIds.toArray()));
      ps.setArray(3, c.createArrayOf("int4", busyCounts));
      ps.setInt(4, perEndpoint);
      ps.setInt(5, limit);
      ps.setString(6, lease.toMillis() + " milliseconds");
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

  /**
   * Logs a batch of attempts, moves each message to its next state and updates the endpoints, in
   * ONE transaction: the per-attempt commit was what a busy worker paid most for.
   */
  public void recordAll(List<DeliveryWorker.Finished> batch) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO webhook_attempt (message_id, attempt, at, status_code, latency_ms, error,"
                + " response_snippet) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (message_id, attempt) DO NOTHING")) {
          for (DeliveryWorker.Finished f : batch) {
            WebhookSender.Result r = f.result();
            ps.setString(1, f.due().messageId());
            ps.setInt(2, f.due().attempts() + 1);
            ps.setTimestamp(3, Timestamp.from(f.at()));
            status(ps, 4, r);
            ps.setInt(5, (int) r.latencyMs());
            ps.setString(6, r.error());
            ps.setString(7, r.snippet());
            ps.addBatch();
          }
          ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE webhook_outbox SET attempts = ?, state = ?, next_attempt_at = ?,"
                + " last_status = ?, delivered_at = CASE WHEN ? = 'delivered' THEN ?"
                + " ELSE delivered_at END WHERE message_id = ?")) {
          for (DeliveryWorker.Finished f : batch) {
            AttemptOutcome.Decision d = f.decision();
            ps.setInt(1, f.due().attempts() + 1);
            ps.setString(2, d.state());
            ps.setTimestamp(3, Timestamp.from(d.nextAttemptAt()));
            status(ps, 4, f.result());
            ps.setString(5, d.state());
            ps.setTimestamp(6, Timestamp.from(f.at()));
            ps.setString(7, f.due().messageId());
            ps.addBatch();
          }
          ps.executeBatch();
        }
        boolean disabled = endpoints(c, batch);
        c.commit();
        if (disabled) {
          notices.wake(); // the notice is committed: publish its event now
        }
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /**
   * Per endpoint in the batch: a disabling attempt disables it, else any success ends its failing
   * streak, else the streak starts (if it had not) at the earliest failure. Returns whether an
   * endpoint was disabled (and a notice written).
   */
  private boolean endpoints(Connection c, List<DeliveryWorker.Finished> batch)
      throws SQLException {
    Map<String, DeliveryWorker.Finished> disabled = new LinkedHashMap<>();
    Set<String> succeeded = new HashSet<>();
    Map<String, Instant> failing = new HashMap<>();
    for (DeliveryWorker.Finished f : batch) {
      String id = f.due().subscriptionId();
      switch (f.decision().endpoint()) {
        case DISABLED -> disabled.putIfAbsent(id, f);
        case SUCCEEDED -> succeeded.add(id);
        case FAILING -> failing.merge(id, f.at(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    succeeded.removeAll(disabled.keySet());
    failing.keySet().removeAll(disabled.keySet());
    failing.keySet().removeAll(succeeded);
    if (!succeeded.isEmpty()) {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE subscription SET failing_since = NULL WHERE subscription_id = ANY(?)"
              + " AND failing_since IS NOT NULL")) {
        ps.setArray(1, c.createArrayOf("varchar", succeeded.toArray()));
        ps.executeUpdate();
      }
    }
    if (!failing.isEmpty()) {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE subscription SET failing_since = COALESCE(failing_since, ?)"
              + " WHERE subscription_id = ?")) {
        for (Map.Entry<String, Instant> e : failing.entrySet()) {
          ps.setTimestamp(1, Timestamp.from(e.getValue()));
          ps.setString(2, e.getKey());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    boolean any = false;
    for (DeliveryWorker.Finished f : disabled.values()) {
      any |= disabler.disable(c, f.due().subscriptionId(), f.decision().disabledReason(), f.at());
    }
    return any;
  }

  private static void status(PreparedStatement ps, int index, WebhookSender.Result r)
      throws SQLException {
    if (r.status() > 0) {
      ps.setInt(index, r.status());
    } else {
      ps.setNull(index, java.sql.Types.INTEGER);
    }
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
