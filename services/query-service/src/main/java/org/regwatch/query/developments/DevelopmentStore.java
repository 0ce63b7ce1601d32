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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.regwatch.events.Bill;
import org.regwatch.events.Development;
import org.regwatch.events.DevelopmentKind;
import org.regwatch.events.DevelopmentStatus;
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
    // The two halves are two tables (V24). One primary-key probe per id and table, in a lateral
    // subquery the planner cannot flatten (OFFSET 0), as placementsOf: with "= ANY(ids)" a batch
    // of 2,000 ids against a table without statistics yet (new, or grown since its last
    // ANALYZE) is estimated to match every row and planned as a whole-table scan.
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT x.* FROM unnest(?::text[]) AS b(article_id), LATERAL ("
            + "SELECT a.article_id, a.feed_id, a.url, a.title, a.published, a.first_seen_at,"
            + " c.developments::text,"
            + " greatest(c.classification_time, a.article_event_time) AS changed_at"
            + " FROM article a, article_classification c"
            + " WHERE a.article_id = b.article_id AND c.article_id = b.article_id"
            + " AND a.feed_id IS NOT NULL"
            + (reportingOnly
                ? " AND (c.developments <> '[]'::jsonb OR b.article_id = ANY(?::text[]))" : "")
            + " OFFSET 0) x ORDER BY x.article_id")) {
      ps.setArray(1, c.createArrayOf("text", ids.toArray()));
      if (reportingOnly) {
        ps.setArray(2, c.createArrayOf("text", placed.toArray()));
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

  /**
   * Where the reports of these articles sit now, in article and report order. One index probe
   * per article (the {@code OFFSET 0} keeps the planner from flattening the lateral subquery
   * into a join): with {@code s.article_id = ANY(?)} it often chose a scan of the whole source
   * table, filtering out every row for a batch of new articles that has no placement yet — 0.02
   * to 4.8 PostgreSQL CPU-s per 10,000 classifications depending on the plan of the moment, and
   * growing with the table (docs/query-service.md, "Fifth round").
   */
  List<Placement> placementsOf(Connection c, Collection<String> articleIds) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT p.* FROM unnest(?::text[]) WITH ORDINALITY AS b(article_id, n), LATERAL ("
            + PLACEMENTS + PLACEMENTS_FROM + " WHERE s.article_id = b.article_id OFFSET 0) p"
            + " ORDER BY b.n, p.dev_index")) {
      ps.setArray(1, c.createArrayOf("text", articleIds.toArray()));
      return placements(ps);
    }
  }

  /**
   * A report placed under a key, and — when its source row holds them (V25) — the facts grouping
   * compares, read from that row: see {@link #placementsFrom}.
   *
   * @param facts the report as grouping sees it, without its evidence and with the key's actor and
   *     technology (lower-cased) for its own; {@code null} for a row written before V25 that the
   *     migration could not fill
   */
  record Placed(Placement placement, SourceFacts facts) {}

  /**
   * Every report placed under one of these grouping keys with an occurred-at within the key's
   * range [from, until]: what regrouping from that date on needs to see — with the facts the
   * grouping rule compares, from the source row itself. A source row is rewritten whenever its
   * article changes (the development tables are kept in step with the article rows in every
   * transaction), so these are the article's current facts; reading them here replaces a second
   * read of both article tables per neighbouring article and the decoding of its classification's
   * developments, which was the largest step of the grouping's critical section
   * (docs/query-service.md, "Eighth round"). Not read: the evidence (only a report that moves or
   * founds a new development is written again, and the caller reads that one in full, see
   * {@link #completeArticles(Connection, Collection)}) and the raw actor and technology.
   */
  List<Placed> placementsFrom(Connection c, Map<List<String>, LocalDate[]> from)
      throws SQLException {
    if (from.isEmpty()) {
      return List.of();
    }
    List<Map.Entry<List<String>, LocalDate[]>> keys = new ArrayList<>(from.entrySet());
    try (PreparedStatement ps = c.prepareStatement(PLACEMENTS
        + ", s.facts, s.feed_id, s.url, s.title, s.published, s.first_seen_at, s.effective_date,"
        + " s.expiry_date, s.duration, s.headline, s.confidence, s.signature, s.bill_number,"
        + " s.bill_title, s.product, s.scope, s.jurisdiction, s.actor, s.technology"
        + PLACEMENTS_FROM
        + " JOIN unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::date[])"
        + " AS k(kind, status, actor_key, subject_key, since, until)"
        + " ON d.kind = k.kind AND d.status = k.status AND d.actor_key = k.actor_key"
        + " AND d.subject_key = k.subject_key"
        // a development's occurred-at is one of its members' (the majority's effective date,
        // else the earliest), and its members lie within one window of its founder: so only
        // developments dated within a window of the range can have a member in it. Two windows
        // of margin; the bound lets the grouping index (key, occurred_at) find them instead of
        // every development of the key, whose sources were then read and dropped
        + " AND d.occurred_at BETWEEN k.since - " + MARGIN_DAYS + " AND k.until + " + MARGIN_DAYS
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
      List<Placed> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Placement p = placement(rs);
          out.add(new Placed(p, rs.getBoolean(9) ? facts(rs, p) : null));
        }
      }
      return out;
    }
  }

  private static final int MARGIN_DAYS = 2 * GroupingRule.WINDOW_DAYS;

  /** Columns 9– of {@link #placementsFrom}: the report as its source row holds it. */
  private static SourceFacts facts(ResultSet rs, Placement p) throws SQLException {
    List<String> key = p.key();
    String billNumber = rs.getString(21);
    String billTitle = rs.getString(22);
    Development d = new Development(DevelopmentKind.valueOf(key.get(0).toUpperCase(Locale.ROOT)),
        DevelopmentStatus.valueOf(key.get(1).toUpperCase(Locale.ROOT)),
        rs.getBoolean(18), rs.getString(26), rs.getString(27), rs.getString(23), rs.getString(24),
        rs.getString(25), rs.getString(17), localDate(rs, 15), localDate(rs, 16),
        rs.getDouble(19), List.of(),
        billNumber == null && billTitle == null ? null : new Bill(billNumber, billTitle));
    return new SourceFacts(p.articleId(), p.devIndex(), d, key.get(2), key.get(3),
        p.occurredAt(), rs.getString(10), rs.getString(11), rs.getString(12), instant(rs, 13),
        instant(rs, 14), SqlArrays.ints(rs.getBytes(20)));
  }


  private static final String PLACEMENTS = "SELECT s.article_id, s.dev_index, s.development_id,"
      + " d.kind, d.status, d.actor_key, d.subject_key, s.occurred_at";

  private static final String PLACEMENTS_FROM = " FROM development_source s"
      + " JOIN development d ON d.development_id = s.development_id";

  private static List<Placement> placements(PreparedStatement ps) throws SQLException {
    List<Placement> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(placement(rs));
      }
    }
    return out;
  }

  private static Placement placement(ResultSet rs) throws SQLException {
    return new Placement(rs.getString(1), rs.getInt(2), rs.getString(3),
        List.of(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
        rs.getDate(8).toLocalDate());
  }

  /** One history entry, numbered like a batch's (see {@link #insertChanges}). */
  public void change(Connection c, String id, Instant at, String change, String articleId,
      String field, String oldValue, String newValue) throws SQLException {
    insertChanges(c, List.of(new ChangeIntent(id, at, change, articleId, field, oldValue, newValue)));
  }

  /** A history entry not yet numbered; {@link #insertChanges} gives it the next seq. */
  public record ChangeIntent(String developmentId, Instant at, String change, String articleId,
      String field, String oldValue, String newValue) {}

  /**
   * Opens these developments (or, for a re-read founder, takes its facts again) in one
   * statement; the aggregates are filled by {@link #refreshAll} afterwards.
   */
  public void createAll(Connection c, Map<String, SourceFacts> seeds, Map<String, Instant> at)
      throws SQLException {
    if (seeds.isEmpty()) {
      return;
    }
    List<Map.Entry<String, SourceFacts>> rows = new ArrayList<>(seeds.entrySet());
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO development (development_id, kind, status, actor, actor_key, subject_key,"
            + " technology, product, scope, jurisdiction, duration, effective_date, expiry_date,"
            + " occurred_at, known_at, title, confidence, source_count, signature, version,"
            + " updated_at, bill_number, bill_title)"
            + " SELECT u.id, u.kind, u.status, u.actor, u.actor_key, u.subject_key, u.technology,"
            + " u.product, u.scope, u.jurisdiction, u.duration, u.effective_date::date,"
            + " u.expiry_date::date, u.occurred_at::date, u.known_at::timestamptz, u.title,"
            + " u.confidence, 0, " + SqlArrays.slice("s.sig", "u.n") + ", 0,"
            + " u.updated_at::timestamptz, u.bill_number, u.bill_title"
            + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[], ?::float8[], ?::text[], ?::text[], ?::text[])"
            + " WITH ORDINALITY AS u(id, kind, status, actor, actor_key, subject_key, technology,"
            + " product, scope, jurisdiction, duration, effective_date, expiry_date, occurred_at,"
            + " known_at, title, confidence, updated_at, bill_number, bill_title, n),"
            + " (SELECT ?::int4[] AS sig) s"
            // a development whose founder was re-read takes the founder's facts again; the
            // aggregates (the bill too) are recomputed from the sources afterwards (refreshAll)
            + " ON CONFLICT (development_id) DO UPDATE SET actor = EXCLUDED.actor,"
            + " technology = EXCLUDED.technology, product = EXCLUDED.product,"
            + " scope = EXCLUDED.scope, jurisdiction = EXCLUDED.jurisdiction")) {
      int p = 1;
      ps.setArray(p++, SqlArrays.texts(c, rows, Map.Entry::getKey));
      ps.setArray(p++, SqlArrays.texts(c, rows, e -> e.getValue().development().kind().json()));
      ps.setArray(p++, SqlArrays.texts(c, rows, e -> e.getValue().development().status().json()));
      ps.setArray(p++, SqlArrays.texts(c, rows, e -> e.getValue().development().actor()));
      ps.setArray(p++, SqlArrays.texts(c, rows, e -> e.getValue().actorKey()));
      ps.setArray(p++, SqlArrays.texts(c, rows, e -> e.getValue().subjectKey()));
      ps.setArray(p++, SqlArrays.texts(c, rows, e -> e.getValue().development().technology()));
      ps.setArray(p++, SqlArrays.texts(c, rows, e -> e.getValue().development().product()));
      ps.setArray(p++, SqlArrays.texts(c, rows, e -> e.getValue().development().scope()));
      ps.setArray(p++, SqlArrays.texts(c, rows, e -> e.getValue().development().jurisdiction()));
      ps.setArray(p++, SqlArrays.texts(c, rows, e -> e.getValue().development().duration()));
      ps.setArray(p++, SqlArrays.texts(c, rows,
          e -> SqlArrays.iso(e.getValue().development().effectiveDate())));
      ps.setArray(p++, SqlArrays.texts(c, rows,
          e -> SqlArrays.iso(e.getValue().development().expiryDate())));
      ps.setArray(p++, SqlArrays.texts(c, rows, e -> SqlArrays.iso(e.getValue().occurredAt())));
      ps.setArray(p++, SqlArrays.texts(c, rows, e -> SqlArrays.iso(
          e.getValue().firstSeenAt() == null ? at.get(e.getKey()) : e.getValue().firstSeenAt())));
      ps.setArray(p++, SqlArrays.texts(c, rows,
          e -> e.getValue().title() == null ? "" : e.getValue().title()));
      ps.setObject(p++, rows.stream()
          .mapToDouble(e -> e.getValue().development().confidence()).toArray());
      ps.setArray(p++, SqlArrays.texts(c, rows, e -> SqlArrays.iso(at.get(e.getKey()))));
      setBillsAndSignatures(c, ps, p, rows);
      ps.executeUpdate();
    }
  }

  /**
   * Writes these memberships (new, moved or re-read sources) in one statement. A source listed
   * twice keeps its last target, as the row-by-row batch did (one statement may not touch a row
   * twice).
   */
  public void upsertSources(Connection c, List<Map.Entry<String, SourceFacts>> memberships)
      throws SQLException {
    if (memberships.isEmpty()) {
      return;
    }
    Map<Clustering.Ref, Map.Entry<String, SourceFacts>> last = new LinkedHashMap<>();
    memberships.forEach(m -> last.put(Clustering.Ref.of(m.getValue()), m));
    List<Map.Entry<String, SourceFacts>> rows = new ArrayList<>(last.values());
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO development_source (article_id, dev_index, development_id, feed_id, url,"
            + " title, published, first_seen_at, occurred_at, effective_date, expiry_date,"
            + " duration, headline, confidence, evidence, signature, bill_number, bill_title,"
            + " product, scope, jurisdiction, actor, technology, facts)"
            + " SELECT u.article_id, u.dev_index, u.development_id, u.feed_id, u.url, u.title,"
            + " u.published::timestamptz, u.first_seen_at::timestamptz, u.occurred_at::date,"
            + " u.effective_date::date, u.expiry_date::date, u.duration, u.headline,"
            + " u.confidence, u.evidence::jsonb, " + SqlArrays.slice("s.sig", "u.n") + ","
            + " u.bill_number, u.bill_title, u.product, u.scope, u.jurisdiction, u.actor,"
            + " u.technology, true"
            + " FROM unnest(?::text[], ?::int4[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bool[],"
            + " ?::float8[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[])"
            + " WITH ORDINALITY AS u(article_id, dev_index, development_id, feed_id, url, title,"
            + " published, first_seen_at, occurred_at, effective_date, expiry_date, duration,"
            + " headline, confidence, evidence, product, scope, jurisdiction, actor, technology,"
            + " bill_number, bill_title, n),"
            + " (SELECT ?::int4[] AS sig) s"
            + " ON CONFLICT (article_id, dev_index) DO UPDATE SET"
            + " development_id = EXCLUDED.development_id, feed_id = EXCLUDED.feed_id,"
            + " url = EXCLUDED.url, title = EXCLUDED.title, published = EXCLUDED.published,"
            + " first_seen_at = EXCLUDED.first_seen_at, occurred_at = EXCLUDED.occurred_at,"
            + " effective_date = EXCLUDED.effective_date, expiry_date = EXCLUDED.expiry_date,"
            + " duration = EXCLUDED.duration, headline = EXCLUDED.headline,"
            + " confidence = EXCLUDED.confidence, evidence = EXCLUDED.evidence,"
            + " signature = EXCLUDED.signature, bill_number = EXCLUDED.bill_number,"
            + " bill_title = EXCLUDED.bill_title, product = EXCLUDED.product,"
            + " scope = EXCLUDED.scope, jurisdiction = EXCLUDED.jurisdiction,"
            + " actor = EXCLUDED.actor, technology = EXCLUDED.technology, facts = true")) {
      int p = 1;
      ps.setArray(p++, SqlArrays.texts(c, rows, m -> m.getValue().articleId()));
      ps.setObject(p++, rows.stream().mapToInt(m -> m.getValue().devIndex()).toArray());
      ps.setArray(p++, SqlArrays.texts(c, rows, Map.Entry::getKey));
      ps.setArray(p++, SqlArrays.texts(c, rows, m -> m.getValue().feedId()));
      ps.setArray(p++, SqlArrays.texts(c, rows, m -> m.getValue().url()));
      ps.setArray(p++, SqlArrays.texts(c, rows, m -> m.getValue().title()));
      ps.setArray(p++, SqlArrays.texts(c, rows, m -> SqlArrays.iso(m.getValue().published())));
      ps.setArray(p++, SqlArrays.texts(c, rows, m -> SqlArrays.iso(m.getValue().firstSeenAt())));
      ps.setArray(p++, SqlArrays.texts(c, rows, m -> SqlArrays.iso(m.getValue().occurredAt())));
      ps.setArray(p++, SqlArrays.texts(c, rows,
          m -> SqlArrays.iso(m.getValue().development().effectiveDate())));
      ps.setArray(p++, SqlArrays.texts(c, rows,
          m -> SqlArrays.iso(m.getValue().development().expiryDate())));
      ps.setArray(p++, SqlArrays.texts(c, rows, m -> m.getValue().development().duration()));
      boolean[] headline = new boolean[rows.size()];
      double[] confidence = new double[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        headline[i] = rows.get(i).getValue().development().headline();
        confidence[i] = rows.get(i).getValue().development().confidence();
      }
      ps.setObject(p++, headline);
      ps.setObject(p++, confidence);
      ps.setArray(p++, SqlArrays.texts(c, rows,
          m -> json(m.getValue().development().evidence())));
      ps.setArray(p++, SqlArrays.texts(c, rows, m -> m.getValue().development().product()));
      ps.setArray(p++, SqlArrays.texts(c, rows, m -> m.getValue().development().scope()));
      ps.setArray(p++, SqlArrays.texts(c, rows, m -> m.getValue().development().jurisdiction()));
      ps.setArray(p++, SqlArrays.texts(c, rows, m -> m.getValue().development().actor()));
      ps.setArray(p++, SqlArrays.texts(c, rows, m -> m.getValue().development().technology()));
      setBillsAndSignatures(c, ps, p, rows);
      ps.executeUpdate();
    }
  }

  /**
   * The last three parameters of both statements written from reports: the bill's number and
   * title, then the flat signatures.
   */
  private static void setBillsAndSignatures(Connection c, PreparedStatement ps, int first,
      List<Map.Entry<String, SourceFacts>> rows) throws SQLException {
    ps.setArray(first, SqlArrays.texts(c, rows,
        r -> BillNames.numberOf(r.getValue().development().bill())));
    ps.setArray(first + 1, SqlArrays.texts(c, rows,
        r -> BillNames.titleOf(r.getValue().development().bill())));
    ps.setObject(first + 2, SqlArrays.signatures(rows, r -> r.getValue().signature()));
  }

  /**
   * Moves these sources to another development, their facts unchanged: the reports around a
   * batch's that grouping placed again (read from their source rows, see {@link #placementsFrom},
   * so the caller has no evidence to write — and needs none, the row keeps it).
   */
  public void moveSources(Connection c, List<Map.Entry<String, SourceFacts>> moves)
      throws SQLException {
    if (moves.isEmpty()) {
      return;
    }
    Map<Clustering.Ref, String> last = new LinkedHashMap<>();
    moves.forEach(m -> last.put(Clustering.Ref.of(m.getValue()), m.getKey()));
    // one primary-key update per source, in one JDBC batch: the set-based form (UPDATE … FROM
    // unnest(…) … AND article_id = ANY(…), as deleteSources) took 13 % of the grouping's
    // critical section in the eighth round's sampler, more than the upsert of all other sources
    // (its plan was not examined)
    try (PreparedStatement ps = c.prepareStatement("UPDATE development_source"
        + " SET development_id = ? WHERE article_id = ? AND dev_index = ?")) {
      for (Map.Entry<Clustering.Ref, String> move : last.entrySet()) {
        ps.setString(1, move.getValue());
        ps.setString(2, move.getKey().articleId());
        ps.setInt(3, move.getKey().devIndex());
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
        "DELETE FROM development_source s USING unnest(?::text[], ?::int4[]) AS g(article_id,"
            + " dev_index) WHERE s.article_id = g.article_id AND s.dev_index = g.dev_index"
            + " AND s.article_id = ANY(?::text[])")) {
      Array articleIds = SqlArrays.texts(c, gone, Map.Entry::getKey);
      ps.setArray(1, articleIds);
      ps.setObject(2, gone.stream().mapToInt(Map.Entry::getValue).toArray());
      ps.setArray(3, articleIds);
      ps.executeUpdate();
    }
  }

  /**
   * Re-aggregates these developments from their sources: two reads (signatures parsed from the
   * wire bytes, without boxing), the votes in memory ({@link Aggregate}), then one UPDATE and one DELETE for
   * all of them. Returns the history entries (corrections, retractions) to record.
   */
  public List<ChangeIntent> refreshAll(Connection c, Map<String, Instant> touched)
      throws SQLException {
    List<ChangeIntent> out = new ArrayList<>();
    if (touched.isEmpty()) {
      return out;
    }
    Array ids = c.createArrayOf("text", touched.keySet().toArray(new String[0]));
    Map<String, List<SourceRow>> sources = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT development_id, article_id, title, first_seen_at, occurred_at, effective_date,"
            + " expiry_date, duration, confidence, signature, dev_index, bill_number,"
            + " bill_title FROM development_source"
            + " WHERE development_id = ANY(?)"
            + " ORDER BY development_id, first_seen_at, article_id, dev_index")) {
      ps.setArray(1, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sources.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new SourceRow(
              rs.getString(2), rs.getInt(11), rs.getString(3), instant(rs, 4),
              rs.getDate(5).toLocalDate(), localDate(rs, 6), localDate(rs, 7), rs.getString(8),
              rs.getDouble(9), SqlArrays.ints(rs.getBytes(10)), rs.getString(12),
              rs.getString(13)));
        }
      }
    }
    Map<String, Aggregate> old = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT development_id, source_count, known_at, occurred_at, effective_date, expiry_date,"
            + " duration, title, confidence, signature, bill_number, bill_title"
            + " FROM development WHERE development_id = ANY(?)")) {
      ps.setArray(1, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          old.put(rs.getString(1), new Aggregate(rs.getInt(2), instant(rs, 3),
              rs.getDate(4).toLocalDate(), localDate(rs, 5), localDate(rs, 6), rs.getString(7),
              rs.getString(8), rs.getDouble(9), SqlArrays.ints(rs.getBytes(10)),
              rs.getString(11), rs.getString(12)));
        }
      }
    }
    List<String> changedIds = new ArrayList<>();
    List<Aggregate> changed = new ArrayList<>();
    List<String> retracted = new ArrayList<>();
    for (String id : new java.util.TreeSet<>(touched.keySet())) {
      Aggregate before = old.get(id);
      Instant at = touched.get(id);
      if (before == null) {
        continue;
      }
      List<SourceRow> rows = sources.getOrDefault(id, List.of());
      if (rows.isEmpty()) {
        retracted.add(id);
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
      changedIds.add(id);
      changed.add(neu);
    }
    update(c, changedIds, changed, touched);
    if (!retracted.isEmpty()) {
      try (PreparedStatement ps =
          c.prepareStatement("DELETE FROM development WHERE development_id = ANY(?)")) {
        ps.setArray(1, c.createArrayOf("text", retracted.toArray(new String[0])));
        ps.executeUpdate();
      }
    }
    return out;
  }

  /** Writes the new aggregates of these developments in one statement (version + 1 each). */
  private void update(Connection c, List<String> ids, List<Aggregate> aggregates,
      Map<String, Instant> touched) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE development d SET source_count = u.source_count,"
            + " known_at = u.known_at::timestamptz, occurred_at = u.occurred_at::date,"
            + " effective_date = u.effective_date::date, expiry_date = u.expiry_date::date,"
            + " duration = u.duration, title = u.title, confidence = u.confidence,"
            + " signature = " + SqlArrays.slice("s.sig", "u.n") + ","
            + " bill_number = u.bill_number, bill_title = u.bill_title,"
            + " version = d.version + 1, updated_at = u.updated_at::timestamptz"
            + " FROM unnest(?::text[], ?::int4[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[], ?::float8[], ?::text[], ?::text[], ?::text[])"
            + " WITH ORDINALITY AS u(id, source_count, known_at, occurred_at, effective_date,"
            + " expiry_date, duration, title, confidence, bill_number, bill_title, updated_at, n),"
            + " (SELECT ?::int4[] AS sig) s"
            // the ANY lets the planner find the rows by key instead of joining a full scan
            + " WHERE d.development_id = u.id AND d.development_id = ANY(?::text[])")) {
      Array idArray = c.createArrayOf("text", ids.toArray(new String[0]));
      int p = 1;
      ps.setArray(p++, idArray);
      ps.setObject(p++, aggregates.stream().mapToInt(Aggregate::sourceCount).toArray());
      ps.setArray(p++, SqlArrays.texts(c, aggregates, a -> SqlArrays.iso(a.knownAt())));
      ps.setArray(p++, SqlArrays.texts(c, aggregates, a -> SqlArrays.iso(a.occurredAt())));
      ps.setArray(p++, SqlArrays.texts(c, aggregates, a -> SqlArrays.iso(a.effectiveDate())));
      ps.setArray(p++, SqlArrays.texts(c, aggregates, a -> SqlArrays.iso(a.expiryDate())));
      ps.setArray(p++, SqlArrays.texts(c, aggregates, Aggregate::duration));
      ps.setArray(p++, SqlArrays.texts(c, aggregates, Aggregate::title));
      ps.setObject(p++, aggregates.stream().mapToDouble(Aggregate::confidence).toArray());
      ps.setArray(p++, SqlArrays.texts(c, aggregates, Aggregate::billNumber));
      ps.setArray(p++, SqlArrays.texts(c, aggregates, Aggregate::billTitle));
      ps.setArray(p++, SqlArrays.texts(c, ids, id -> SqlArrays.iso(touched.get(id))));
      ps.setObject(p++, SqlArrays.signatures(aggregates, Aggregate::signature));
      ps.setArray(p, idArray);
      ps.executeUpdate();
    }
  }

  /**
   * Inserts the entries in one statement, numbering each after its development's last one in
   * list order (the seq is computed in SQL: no separate read of the last numbers).
   */
  public void insertChanges(Connection c, List<ChangeIntent> intents) throws SQLException {
    if (intents.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO development_change (development_id, seq, at, change, article_id, field,"
            + " old_value, new_value)"
            + " SELECT u.id, coalesce((SELECT max(c.seq) FROM development_change c"
            + " WHERE c.development_id = u.id), 0)"
            + " + row_number() OVER (PARTITION BY u.id ORDER BY u.n), u.at::timestamptz,"
            + " u.change, u.article_id, u.field, u.old_value, u.new_value"
            + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[]) WITH ORDINALITY AS u(id, at, change, article_id, field, old_value,"
            + " new_value, n)")) {
      // the last seq per row through the primary key (one index probe each): a join with a
      // grouped "max(seq) … WHERE development_id = ANY(…)" was planned as a scan of the whole
      // history table whenever the batch's ids were a noticeable share of it
      ps.setArray(1, SqlArrays.texts(c, intents, ChangeIntent::developmentId));
      ps.setArray(2, SqlArrays.texts(c, intents, i -> SqlArrays.iso(i.at())));
      ps.setArray(3, SqlArrays.texts(c, intents, ChangeIntent::change));
      ps.setArray(4, SqlArrays.texts(c, intents, ChangeIntent::articleId));
      ps.setArray(5, SqlArrays.texts(c, intents, ChangeIntent::field));
      ps.setArray(6, SqlArrays.texts(c, intents, ChangeIntent::oldValue));
      ps.setArray(7, SqlArrays.texts(c, intents, ChangeIntent::newValue));
      ps.executeUpdate();
    }
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
