package org.regwatch.query.developments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regwatch.events.Development;
import org.regwatch.events.EventCodec;
import org.regwatch.query.articles.ArticleMapper;

/** JDBC access to the development tables, inside the projection's transaction. */
@ApplicationScoped
public class DevelopmentStore {

  /** Serializes development grouping between the two consuming channels (see docs). */
  private static final long GROUPING_LOCK = 0x5265_6777_6174_6368L;

  private final ArticleMapper articles;
  private final ObjectMapper mapper;

  public DevelopmentStore(ArticleMapper articles, EventCodec codec) {
    this.articles = articles;
    this.mapper = codec.mapper();
  }

  public void lock(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
      ps.setLong(1, GROUPING_LOCK);
      ps.execute();
    }
  }

  /** Complete article rows (both halves present); others have no developments yet. */
  public List<ArticleFacts> completeArticles(Connection c, Collection<String> ids)
      throws SQLException {
    return completeArticles(c, ids, List.of(), false);
  }

  /**
   * The complete rows among {@code ids} that report a development, and those among {@code placed}
   * (which still have sources to move or remove) whatever they report now. Three in four
   * classifications report nothing and were placed nowhere: they need no grouping at all, and
   * reading them back only to find an empty list was most of what a batch read.
   */
  public List<ArticleFacts> reportingArticles(Connection c, Collection<String> ids,
      Collection<String> placed) throws SQLException {
    return completeArticles(c, ids, placed, true);
  }

  private List<ArticleFacts> completeArticles(Connection c, Collection<String> ids,
      Collection<String> placed, boolean reportingOnly) throws SQLException {
    List<ArticleFacts> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT article_id, feed_id, url, title, published, first_seen_at, developments::text,"
            + " greatest(classification_time, article_event_time) AS changed_at FROM article"
            + " WHERE article_id = ANY(?) AND feed_id IS NOT NULL"
            + " AND classification_time IS NOT NULL"
            + (reportingOnly ? " AND (developments <> '[]'::jsonb OR article_id = ANY(?))" : "")
            + " ORDER BY article_id")) {
      ps.setArray(1, c.createArrayOf("varchar", ids.toArray()));
      if (reportingOnly) {
        ps.setArray(2, c.createArrayOf("varchar", placed.toArray()));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new ArticleFacts(rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getString(4), instant(rs, 5), instant(rs, 6), instant(rs, 8),
              articles.decodeDevelopments(rs.getString(7))));
        }
      }
    }
    return out;
  }

  /** Where the reports of these articles sit now. */
  List<Placement> placementsOf(Connection c, Collection<String> articleIds) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(PLACEMENTS + " WHERE s.article_id = ANY(?)")) {
      ps.setArray(1, c.createArrayOf("varchar", articleIds.toArray()));
      return placements(ps);
    }
  }

  /**
   * Every report placed under one of these grouping keys with an occurred-at within the key's
   * range [from, until]: what regrouping from that date on needs to see.
   */
  List<Placement> placementsFrom(Connection c, Map<List<String>, LocalDate[]> from)
      throws SQLException {
    if (from.isEmpty()) {
      return List.of();
    }
    List<Map.Entry<List<String>, LocalDate[]>> keys = new ArrayList<>(from.entrySet());
    try (PreparedStatement ps = c.prepareStatement(PLACEMENTS
        + " JOIN unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::date[])"
        + " AS k(kind, status, actor_key, subject_key, since, until)"
        + " ON d.kind = k.kind AND d.status = k.status AND d.actor_key = k.actor_key"
        + " AND d.subject_key = k.subject_key"
        + " AND s.occurred_at BETWEEN k.since AND k.until")) {
      for (int i = 0; i < 4; i++) {
        int part = i;
        ps.setArray(i + 1, c.createArrayOf("text",
            keys.stream().map(k -> k.getKey().get(part)).toArray()));
      }
      for (int i = 0; i < 2; i++) {
        int end = i;
        ps.setArray(5 + i, c.createArrayOf("date",
            keys.stream().map(k -> Date.valueOf(k.getValue()[end])).toArray()));
      }
      return placements(ps);
    }
  }

  private static final String PLACEMENTS = "SELECT s.article_id, s.dev_index, s.development_id,"
      + " d.kind, d.status, d.actor_key, d.subject_key, s.occurred_at FROM development_source s"
      + " JOIN development d ON d.development_id = s.development_id";

  private static List<Placement> placements(PreparedStatement ps) throws SQLException {
    List<Placement> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Placement(rs.getString(1), rs.getInt(2), rs.getString(3),
            List.of(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
            rs.getDate(8).toLocalDate()));
      }
    }
    return out;
  }

  public void change(Connection c, String id, Instant at, String change, String articleId,
      String field, String oldValue, String newValue) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO development_change (development_id, seq, at, change, article_id, field,"
            + " old_value, new_value) SELECT ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ?, ?"
            + " FROM development_change WHERE development_id = ?")) {
      ps.setString(1, id);
      ps.setTimestamp(2, Timestamp.from(at));
      ps.setString(3, change);
      ps.setString(4, articleId);
      ps.setString(5, field);
      ps.setString(6, oldValue);
      ps.setString(7, newValue);
      ps.setString(8, id);
      ps.executeUpdate();
    }
  }

  /** A history entry not yet numbered; {@link #insertChanges} gives it the next seq. */
  public record ChangeIntent(String developmentId, Instant at, String change, String articleId,
      String field, String oldValue, String newValue) {}

  public void createAll(Connection c, Map<String, SourceFacts> seeds, Map<String, Instant> at)
      throws SQLException {
    if (seeds.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO development (development_id, kind, status, actor, actor_key, subject_key,"
            + " technology, product, scope, jurisdiction, duration, effective_date, expiry_date,"
            + " occurred_at, known_at, title, confidence, source_count, signature, version,"
            + " updated_at, bill_number, bill_title)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,0,?,?,?)"
            // a development whose founder was re-read takes the founder's facts again; the
            // aggregates (the bill too) are recomputed from the sources afterwards (refreshAll)
            + " ON CONFLICT (development_id) DO UPDATE SET actor = EXCLUDED.actor,"
            + " technology = EXCLUDED.technology, product = EXCLUDED.product,"
            + " scope = EXCLUDED.scope, jurisdiction = EXCLUDED.jurisdiction")) {
      for (Map.Entry<String, SourceFacts> e : seeds.entrySet()) {
        SourceFacts s = e.getValue();
        Development d = s.development();
        Instant when = at.get(e.getKey());
        ps.setString(1, e.getKey());
        ps.setString(2, d.kind().json());
        ps.setString(3, d.status().json());
        ps.setString(4, d.actor());
        ps.setString(5, s.actorKey());
        ps.setString(6, s.subjectKey());
        ps.setString(7, d.technology());
        ps.setString(8, d.product());
        ps.setString(9, d.scope());
        ps.setString(10, d.jurisdiction());
        ps.setString(11, d.duration());
        ps.setDate(12, date(d.effectiveDate()));
        ps.setDate(13, date(d.expiryDate()));
        ps.setDate(14, Date.valueOf(s.occurredAt()));
        ps.setTimestamp(15, Timestamp.from(s.firstSeenAt() == null ? when : s.firstSeenAt()));
        ps.setString(16, s.title() == null ? "" : s.title());
        ps.setDouble(17, d.confidence());
        ps.setArray(18, c.createArrayOf("integer", boxed(s.signature())));
        ps.setTimestamp(19, Timestamp.from(when));
        ps.setString(20, BillNames.numberOf(d.bill()));
        ps.setString(21, BillNames.titleOf(d.bill()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  public void upsertSources(Connection c, List<Map.Entry<String, SourceFacts>> memberships)
      throws SQLException {
    if (memberships.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO development_source (article_id, dev_index, development_id, feed_id, url,"
            + " title, published, first_seen_at, occurred_at, effective_date, expiry_date,"
            + " duration, headline, confidence, evidence, signature, bill_number, bill_title)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?::jsonb,?,?,?)"
            + " ON CONFLICT (article_id, dev_index) DO UPDATE SET"
            + " development_id = EXCLUDED.development_id, feed_id = EXCLUDED.feed_id,"
            + " url = EXCLUDED.url, title = EXCLUDED.title, published = EXCLUDED.published,"
            + " first_seen_at = EXCLUDED.first_seen_at, occurred_at = EXCLUDED.occurred_at,"
            + " effective_date = EXCLUDED.effective_date, expiry_date = EXCLUDED.expiry_date,"
            + " duration = EXCLUDED.duration, headline = EXCLUDED.headline,"
            + " confidence = EXCLUDED.confidence, evidence = EXCLUDED.evidence,"
            + " signature = EXCLUDED.signature, bill_number = EXCLUDED.bill_number,"
            + " bill_title = EXCLUDED.bill_title")) {
      for (Map.Entry<String, SourceFacts> m : memberships) {
        SourceFacts s = m.getValue();
        Development d = s.development();
        ps.setString(1, s.articleId());
        ps.setInt(2, s.devIndex());
        ps.setString(3, m.getKey());
        ps.setString(4, s.feedId());
        ps.setString(5, s.url());
        ps.setString(6, s.title());
        ps.setTimestamp(7, timestamp(s.published()));
        ps.setTimestamp(8, timestamp(s.firstSeenAt()));
        ps.setDate(9, Date.valueOf(s.occurredAt()));
        ps.setDate(10, date(d.effectiveDate()));
        ps.setDate(11, date(d.expiryDate()));
        ps.setString(12, d.duration());
        ps.setBoolean(13, d.headline());
        ps.setDouble(14, d.confidence());
        ps.setString(15, json(d.evidence()));
        ps.setArray(16, c.createArrayOf("integer", boxed(s.signature())));
        ps.setString(17, BillNames.numberOf(d.bill()));
        ps.setString(18, BillNames.titleOf(d.bill()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  public void deleteSources(Connection c, List<Map.Entry<String, Integer>> gone)
      throws SQLException {
    if (gone.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(
        "DELETE FROM development_source WHERE article_id = ? AND dev_index = ?")) {
      for (Map.Entry<String, Integer> g : gone) {
        ps.setString(1, g.getKey());
        ps.setInt(2, g.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * Re-aggregates these developments from their sources in two reads and batched writes; returns
   * the history entries (corrections, retractions) to record.
   */
  public List<ChangeIntent> refreshAll(Connection c, Map<String, Instant> touched)
      throws SQLException {
    List<ChangeIntent> out = new ArrayList<>();
    if (touched.isEmpty()) {
      return out;
    }
    Object[] ids = touched.keySet().toArray();
    Map<String, List<SourceRow>> sources = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT development_id, article_id, title, first_seen_at, occurred_at, effective_date,"
            + " expiry_date, duration, confidence, signature, dev_index, bill_number, bill_title"
            + " FROM development_source"
            + " WHERE development_id = ANY(?)"
            + " ORDER BY development_id, first_seen_at, article_id, dev_index")) {
      ps.setArray(1, c.createArrayOf("varchar", ids));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sources.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new SourceRow(
              rs.getString(2), rs.getInt(11), rs.getString(3), instant(rs, 4),
              rs.getDate(5).toLocalDate(), localDate(rs, 6), localDate(rs, 7), rs.getString(8),
              rs.getDouble(9), ints(rs.getArray(10)), rs.getString(12), rs.getString(13)));
        }
      }
    }
    Map<String, Aggregate> old = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT development_id, source_count, known_at, occurred_at, effective_date, expiry_date,"
            + " duration, title, confidence, signature, bill_number, bill_title FROM development"
            + " WHERE development_id = ANY(?)")) {
      ps.setArray(1, c.createArrayOf("varchar", ids));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          old.put(rs.getString(1), new Aggregate(rs.getInt(2), instant(rs, 3),
              rs.getDate(4).toLocalDate(), localDate(rs, 5), localDate(rs, 6), rs.getString(7),
              rs.getString(8), rs.getDouble(9), ints(rs.getArray(10)), rs.getString(11),
              rs.getString(12)));
        }
      }
    }
    try (PreparedStatement update = c.prepareStatement(
            "UPDATE development SET source_count = ?, known_at = ?, occurred_at = ?,"
                + " effective_date = ?, expiry_date = ?, duration = ?, title = ?, confidence = ?,"
                + " signature = ?, bill_number = ?, bill_title = ?, version = version + 1,"
                + " updated_at = ? WHERE development_id = ?");
        PreparedStatement delete =
            c.prepareStatement("DELETE FROM development WHERE development_id = ?")) {
      for (String id : new java.util.TreeSet<>(touched.keySet())) {
        Aggregate before = old.get(id);
        Instant at = touched.get(id);
        if (before == null) {
          continue;
        }
        List<SourceRow> rows = sources.getOrDefault(id, List.of());
        if (rows.isEmpty()) {
          delete.setString(1, id);
          delete.addBatch();
          out.add(new ChangeIntent(id, at, "retracted", null, null, null, null));
          continue;
        }
        Aggregate neu = Aggregate.of(rows);
        if (neu.equals(before)) {
          continue;
        }
        for (String[] diff : before.corrections(neu)) {
          out.add(new ChangeIntent(id, at, "corrected", null, diff[0], diff[1], diff[2]));
        }
        update.setInt(1, neu.sourceCount());
        update.setTimestamp(2, timestamp(neu.knownAt()));
        update.setDate(3, Date.valueOf(neu.occurredAt()));
        update.setDate(4, date(neu.effectiveDate()));
        update.setDate(5, date(neu.expiryDate()));
        update.setString(6, neu.duration());
        update.setString(7, neu.title());
        update.setDouble(8, neu.confidence());
        update.setArray(9, c.createArrayOf("integer", boxed(neu.signature())));
        update.setString(10, neu.billNumber());
        update.setString(11, neu.billTitle());
        update.setTimestamp(12, Timestamp.from(at));
        update.setString(13, id);
        update.addBatch();
      }
      update.executeBatch();
      delete.executeBatch();
    }
    return out;
  }

  /** Numbers the entries after each development's last one and inserts them in one batch. */
  public void insertChanges(Connection c, List<ChangeIntent> intents) throws SQLException {
    if (intents.isEmpty()) {
      return;
    }
    Map<String, Integer> seq = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT development_id, max(seq) FROM development_change WHERE development_id = ANY(?)"
            + " GROUP BY development_id")) {
      ps.setArray(1, c.createArrayOf("varchar",
          intents.stream().map(ChangeIntent::developmentId).distinct().toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          seq.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO development_change (development_id, seq, at, change, article_id, field,"
            + " old_value, new_value) VALUES (?,?,?,?,?,?,?,?)")) {
      for (ChangeIntent i : intents) {
        int next = seq.merge(i.developmentId(), 1, Integer::sum);
        ps.setString(1, i.developmentId());
        ps.setInt(2, next);
        ps.setTimestamp(3, Timestamp.from(i.at()));
        ps.setString(4, i.change());
        ps.setString(5, i.articleId());
        ps.setString(6, i.field());
        ps.setString(7, i.oldValue());
        ps.setString(8, i.newValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static int[] ints(Array array) throws SQLException {
    Object[] values = (Object[]) array.getArray();
    int[] out = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = ((Number) values[i]).intValue();
    }
    return out;
  }

  private static Integer[] boxed(int[] values) {
    Integer[] out = new Integer[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  private static Timestamp timestamp(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }
}
