package org.regwatch.query.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.regwatch.query.developments.DevelopmentChange;

/**
 * Writes the alerts a projection transaction causes into the outbox, on that transaction's
 * connection: the alert commits exactly when the read-model change commits, and a crash loses
 * neither. The unique key (subscription, development, version) makes replays and redeliveries of
 * the same events write nothing new.
 */
@ApplicationScoped
public class AlertOutbox {

  /**
   * The status a subscriber sees for a moratorium whose expiry passed without news (the service's
   * lapse event); not a reported {@code DevelopmentStatus}, so it is named here.
   */
  public static final String EXPIRED_UNCONFIRMED = "expired_unconfirmed";

  private final SubscriptionIndex index;
  private final ObjectMapper json;
  private final DeliveryWakeup wakeup;
  private final Clock clock;

  public AlertOutbox(SubscriptionIndex index, ObjectMapper json, DeliveryWakeup wakeup) {
    this.index = index;
    this.json = json;
    this.wakeup = wakeup;
    this.clock = Clock.systemUTC();
  }

  private record Row(AlertPayload.Development dev, String actorKey, String subjectKey,
      StringBuilder text, List<AlertPayload.Source> sources, List<AlertPayload.Quote> quotes) {}

  public void record(Connection c, List<DevelopmentChange> notices) throws SQLException {
    List<String> ids = notices.stream().filter(n -> "updated".equals(n.change()))
        .map(DevelopmentChange::id).toList();
    if (ids.isEmpty()) {
      return;
    }
    Map<String, Row> rows = loadDevelopments(c, ids);
    Instant now = clock.instant();
    // the lineages of the whole batch in one read and one write instead of two statements per
    // development (the round trips were a fifth of the projection's time, ProjectionBenchmark)
    Map<String, Lineage> lineages = readLineages(c, rows.values());
    Map<String, Lineage> stepped = new HashMap<>();
    // the structured filters first (they need no text): the sources — the alert's text, its
    // sources and quotes — are read only for the developments some subscription may want, not for
    // every development the batch touched (docs/query-service.md, "Seventh round")
    List<Row> wanted = new ArrayList<>();
    Map<String, String> fromStatus = new HashMap<>();
    Map<String, Set<String>> filtered = new HashMap<>();
    for (Row row : rows.values()) {
      String from = lineageStep(row, lineages, stepped);
      Set<String> accepted = index.matchFilters(facts(row, from));
      if (!accepted.isEmpty()) {
        wanted.add(row);
        fromStatus.put(row.dev().id(), from);
        filtered.put(row.dev().id(), accepted);
      }
    }
    writeLineages(c, stepped);
    if (wanted.isEmpty()) {
      return;
    }
    loadSources(c, wanted);
    List<Object[]> inserts = new ArrayList<>();
    for (Row row : wanted) {
      AlertPayload.Development d = row.dev();
      String from = fromStatus.get(d.id());
      Set<String> subscriptions = index.matchText(filtered.get(d.id()), row.text().toString());
      if (subscriptions.isEmpty()) {
        continue;
      }
      String body = body(new AlertPayload(AlertPayload.TYPE, now, new AlertPayload.Data(d,
          new AlertPayload.StatusChange(from, d.status()), row.sources(), row.quotes())));
      for (String sub : subscriptions) {
        // a digest subscription's alert waits, collected, for its day's bundle (DigestBundler)
        boolean digest = "daily_digest".equals(index.modeOf(sub));
        Instant due = digest
            ? LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay()
                .toInstant(ZoneOffset.UTC)
            : now;
        inserts.add(new Object[] {"msg_" + UUID.randomUUID().toString().replace("-", ""), sub,
            d.id(), d.version(), body, due, digest ? "collected" : "pending"});
      }
    }
    if (inserts.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO webhook_outbox (message_id, subscription_id, development_id,"
            + " development_version, event_type, body, created_at, state, next_attempt_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (subscription_id, development_id, development_version) DO NOTHING")) {
      Timestamp at = Timestamp.from(now);
      for (Object[] r : inserts) {
        ps.setString(1, (String) r[0]);
        ps.setString(2, (String) r[1]);
        ps.setString(3, (String) r[2]);
        ps.setInt(4, (Integer) r[3]);
        ps.setString(5, AlertPayload.TYPE);
        ps.setString(6, (String) r[4]);
        ps.setTimestamp(7, at);
        ps.setString(8, (String) r[6]);
        ps.setTimestamp(9, Timestamp.from((Instant) r[5]));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    if (inserts.stream().anyMatch(r -> "pending".equals(r[6]))) {
      // claimable once this transaction commits: wake the worker then, not at its next poll
      wakeup.afterCommit();
    }
  }

  private static ChangeFacts facts(Row row, String from) {
    AlertPayload.Development d = row.dev();
    return new ChangeFacts(d.id(), d.kind(), d.status(), from, d.actor(), d.technology(),
        d.product(), d.jurisdiction(), d.confidence(), row.text().toString());
  }

  /** The status a lineage (kind, actor, subject, scope) last moved to, and by which development. */
  private record Lineage(String status, String developmentId, LocalDate occurredAt) {}

  private static String lineageKey(Row row) {
    AlertPayload.Development d = row.dev();
    return d.kind() + "|" + row.actorKey() + "|" + row.subjectKey() + "|"
        + (d.scope() == null ? "" : d.scope().toLowerCase());
  }

  /**
   * Moves the lineage to this development's status and returns the status it had before, when
   * this development is the lineage's newest and its status differs. Works on the batch's lineages
   * in memory, in the same order the per-row statements ran; {@link #writeLineages} stores them.
   */
  private static String lineageStep(Row row, Map<String, Lineage> lineages,
      Map<String, Lineage> stepped) {
    AlertPayload.Development d = row.dev();
    String key = lineageKey(row);
    Lineage previous = lineages.get(key);
    if (previous != null && d.occurredAt().isBefore(previous.occurredAt())) {
      return null;
    }
    Lineage next = new Lineage(d.status(), d.id(), d.occurredAt());
    lineages.put(key, next);
    stepped.put(key, next);
    // a new development of the lineage moves it; the same development moves it only by lapsing
    // (its status is rewritten by the clock, not by a newer report)
    boolean moved = previous != null && !previous.status().equals(d.status())
        && (!d.id().equals(previous.developmentId()) || EXPIRED_UNCONFIRMED.equals(d.status()));
    return moved ? previous.status() : null;
  }

  private static Map<String, Lineage> readLineages(Connection c, Collection<Row> rows)
      throws SQLException {
    Map<String, Lineage> out = new HashMap<>();
    // sorted, so that two transactions lock shared lineages in the same order
    Object[] keys = rows.stream().map(AlertOutbox::lineageKey).distinct().sorted().toArray();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT lineage_key, status, occurred_at, development_id FROM alert_lineage"
            + " WHERE lineage_key = ANY(?) ORDER BY lineage_key FOR UPDATE")) {
      ps.setArray(1, c.createArrayOf("text", keys));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), new Lineage(rs.getString(2), rs.getString(4),
              rs.getDate(3).toLocalDate()));
        }
      }
    }
    return out;
  }

  private static void writeLineages(Connection c, Map<String, Lineage> stepped)
      throws SQLException {
    if (stepped.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO alert_lineage (lineage_key, status, development_id, occurred_at)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (lineage_key) DO UPDATE SET status ="
            + " excluded.status, development_id = excluded.development_id,"
            + " occurred_at = excluded.occurred_at")) {
      for (Map.Entry<String, Lineage> e : new TreeMap<>(stepped).entrySet()) {
        ps.setString(1, e.getKey());
        ps.setString(2, e.getValue().status());
        ps.setString(3, e.getValue().developmentId());
        ps.setDate(4, Date.valueOf(e.getValue().occurredAt()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private Map<String, Row> loadDevelopments(Connection c, List<String> ids) throws SQLException {
    Map<String, Row> rows = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT development_id, kind,"
            // a moratorium the service's lapse event marked: its status change for subscribers
            + " CASE WHEN EXISTS (SELECT 1 FROM moratorium_lapse l WHERE l.development_id ="
            + " development.development_id) THEN '" + EXPIRED_UNCONFIRMED + "' ELSE status END,"
            + " actor, technology, product, scope, jurisdiction,"
            + " title, duration, occurred_at, effective_date, expiry_date, confidence,"
            + " source_count, version, actor_key, subject_key FROM development"
            + " WHERE development_id = ANY(?) ORDER BY occurred_at, development_id")) {
      ps.setArray(1, c.createArrayOf("varchar", ids.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          AlertPayload.Development d = new AlertPayload.Development(rs.getString(1),
              rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
              rs.getString(10), date(rs.getDate(11)), date(rs.getDate(12)),
              date(rs.getDate(13)), rs.getDouble(14), rs.getInt(15), rs.getInt(16));
          rows.put(d.id(), new Row(d, rs.getString(17), rs.getString(18),
              new StringBuilder(d.title()), new ArrayList<>(), new ArrayList<>()));
        }
      }
    }
    return rows;
  }

  /** The sources of these developments: the alerts' sources, quotes and text. */
  private void loadSources(Connection c, List<Row> wanted) throws SQLException {
    Map<String, Row> rows = new HashMap<>();
    wanted.forEach(r -> rows.put(r.dev().id(), r));
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT development_id, article_id, url, title, published, evidence::text"
            + " FROM development_source WHERE development_id = ANY(?)"
            + " ORDER BY published NULLS LAST, article_id")) {
      ps.setArray(1, c.createArrayOf("varchar", rows.keySet().toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Row row = rows.get(rs.getString(1));
          if (row == null) {
            continue;
          }
          Timestamp published = rs.getTimestamp(5);
          row.sources().add(new AlertPayload.Source(rs.getString(2), rs.getString(3),
              rs.getString(4), published == null ? null : published.toInstant()));
          try {
            row.quotes().add(new AlertPayload.Quote(rs.getString(2), json.readTree(rs.getString(6))));
          } catch (JsonProcessingException e) {
            throw new SQLException("evidence of " + rs.getString(2) + " is not JSON", e);
          }
          row.text().append('\n').append(rs.getString(4) == null ? "" : rs.getString(4))
              .append('\n').append(rs.getString(6));
        }
      }
    }
  }

  private String body(AlertPayload payload) {
    try {
      return json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("payload records always serialize", e);
    }
  }

  private static LocalDate date(Date d) {
    return d == null ? null : d.toLocalDate();
  }
}
