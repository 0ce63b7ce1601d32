package org.regwatch.query.articles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.regwatch.events.ArticleClassified;
import org.regwatch.events.Development;
import org.regwatch.events.EventCodec;

/**
 * Writes the article read model with set-based natural-key upserts (one statement per batch).
 * Must run inside the caller's transaction: the projection commits the whole batch at once and
 * only then acknowledges it.
 *
 * <p>Both upserts are guarded so that replays and late arrivals cannot move a row backwards:
 * article metadata only moves forward in event time, a classification only when its rule-pack rank
 * (then its time) is not smaller than the stored one.
 */
@ApplicationScoped
public class ArticleWriter {

  // One statement per batch: the rows travel as parallel arrays (unnest), so the database plans
  // and executes once instead of once per row, and RETURNING tells which rows really changed.
  // Array-valued columns travel as array literals (unnest would flatten an array of arrays).
  // The "IS DISTINCT FROM" guards skip rows a replay or a redelivery would rewrite unchanged: no
  // new row version, no index entries (the full-text GIN index re-indexes every new version), and
  // no development work for them.
  // The full-text vector (table article_search, V23) is written here and only here, for the rows
  // that really changed, from their title and text: a classification never touches it, so neither
  // re-runs to_tsvector (PostgreSQL 15 did, V22) nor re-indexes the body's lexemes (V23).
  private static final String UPSERT_ARTICLES =
      """
      WITH changed AS (
      INSERT INTO article AS a (article_id, feed_id, url, title, summary, content_kind,
                                published, content_hash, tags, article_event_id,
                                article_event_time, first_seen_at, body, sort_time,
                                updated_at)
      SELECT v.article_id, v.feed_id, v.url, v.title, v.summary, v.content_kind,
             v.published::timestamptz, v.content_hash, v.tags::varchar[], v.article_event_id,
             v.article_event_time::timestamptz, v.first_seen_at::timestamptz, v.body,
             coalesce(v.published::timestamptz, v.first_seen_at::timestamptz), now()
      FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                  ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
           AS v(article_id, feed_id, url, title, summary, content_kind, published, content_hash,
                tags, article_event_id, article_event_time, first_seen_at, body)
      ON CONFLICT (article_id) DO UPDATE SET
        feed_id = EXCLUDED.feed_id, url = EXCLUDED.url, title = EXCLUDED.title,
        summary = EXCLUDED.summary, body = EXCLUDED.body, content_kind = EXCLUDED.content_kind,
        published = EXCLUDED.published, content_hash = EXCLUDED.content_hash,
        tags = EXCLUDED.tags, article_event_id = EXCLUDED.article_event_id,
        article_event_time = EXCLUDED.article_event_time,
        first_seen_at = LEAST(a.first_seen_at, EXCLUDED.first_seen_at),
        sort_time = coalesce(EXCLUDED.published, LEAST(a.first_seen_at, EXCLUDED.first_seen_at)),
        updated_at = now()
      WHERE (a.article_event_time IS NULL
             OR EXCLUDED.article_event_time >= a.article_event_time)
        AND ((a.feed_id, a.url, a.title, a.summary, a.body, a.content_kind, a.published,
              a.content_hash, a.tags, a.article_event_id, a.article_event_time)
             IS DISTINCT FROM
             (EXCLUDED.feed_id, EXCLUDED.url, EXCLUDED.title, EXCLUDED.summary, EXCLUDED.body,
              EXCLUDED.content_kind, EXCLUDED.published, EXCLUDED.content_hash, EXCLUDED.tags,
              EXCLUDED.article_event_id, EXCLUDED.article_event_time)
             OR a.first_seen_at IS DISTINCT FROM LEAST(a.first_seen_at, EXCLUDED.first_seen_at))
      RETURNING a.article_id, a.title, a.body)
      INSERT INTO article_search AS t (article_id, search)
      SELECT changed.article_id,
             setweight(to_tsvector('english', coalesce(changed.title, '')), 'A')
               || setweight(to_tsvector('english', coalesce(changed.body, '')), 'B')
      FROM changed
      ON CONFLICT (article_id) DO UPDATE SET search = EXCLUDED.search
      RETURNING t.article_id
      """;

  // The classification half lives in its own narrow table (V24): a classification writes no
  // version of the wide article row (title, summary, url, tags, body) and no entry in its indexes.
  // It may arrive before its article: the row waits there until the article event comes.
  private static final String UPSERT_CLASSIFICATIONS =
      """
      INSERT INTO article_classification AS a (article_id, classification_event_id,
                                classification_time,
                                classified_content_hash, rule_packs, rule_pack_rank, relevant,
                                moratorium, legislation, actors, actor_keys, subject_tech,
                                language, note, truncated, developments, updated_at)
      SELECT v.article_id, v.event_id, v.event_time::timestamptz, v.content_hash,
             v.rule_packs::varchar[], v.rank::bigint[], v.relevant, v.moratorium, v.legislation,
             v.actors::varchar[], v.actor_keys::varchar[], v.subject_tech, v.language, v.note,
             v.truncated, v.developments::jsonb, now()
      FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                  ?::boolean[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                  ?::text[], ?::boolean[], ?::text[])
           AS v(article_id, event_id, event_time, content_hash, rule_packs, rank, relevant,
                moratorium, legislation, actors, actor_keys, subject_tech, language, note,
                truncated, developments)
      ON CONFLICT (article_id) DO UPDATE SET
        classification_event_id = EXCLUDED.classification_event_id,
        classification_time = EXCLUDED.classification_time,
        classified_content_hash = EXCLUDED.classified_content_hash,
        rule_packs = EXCLUDED.rule_packs, rule_pack_rank = EXCLUDED.rule_pack_rank,
        relevant = EXCLUDED.relevant, moratorium = EXCLUDED.moratorium,
        legislation = EXCLUDED.legislation, actors = EXCLUDED.actors,
        actor_keys = EXCLUDED.actor_keys, subject_tech = EXCLUDED.subject_tech,
        language = EXCLUDED.language, note = EXCLUDED.note, truncated = EXCLUDED.truncated,
        developments = EXCLUDED.developments, updated_at = now()
      WHERE (a.rule_pack_rank IS NULL
             OR (EXCLUDED.rule_pack_rank, EXCLUDED.classification_time)
                >= (a.rule_pack_rank, a.classification_time))
        AND (a.classification_event_id, a.classification_time, a.classified_content_hash,
             a.rule_packs, a.rule_pack_rank, a.relevant, a.moratorium, a.legislation, a.actors,
             a.actor_keys, a.subject_tech, a.language, a.note, a.truncated, a.developments)
            IS DISTINCT FROM
            (EXCLUDED.classification_event_id, EXCLUDED.classification_time,
             EXCLUDED.classified_content_hash, EXCLUDED.rule_packs, EXCLUDED.rule_pack_rank,
             EXCLUDED.relevant, EXCLUDED.moratorium, EXCLUDED.legislation, EXCLUDED.actors,
             EXCLUDED.actor_keys, EXCLUDED.subject_tech, EXCLUDED.language, EXCLUDED.note,
             EXCLUDED.truncated, EXCLUDED.developments)
      RETURNING a.article_id, a.xmax = 0, a.developments <> '[]'::jsonb
      """;

  private final AgroalDataSource dataSource;
  private final ObjectMapper mapper;

  public ArticleWriter(AgroalDataSource dataSource, EventCodec codec) {
    this.dataSource = dataSource;
    this.mapper = codec.mapper();
  }

  /**
   * Upserts article versions; at most one per article id (the caller keeps the newest). Returns
   * the ids of the rows that changed (a version older than the stored one, or equal to it, changes
   * nothing).
   */
  public Set<String> upsertArticles(Collection<ArticleVersion> versions) throws SQLException {
    if (versions.isEmpty()) {
      return Set.of();
    }
    Columns v = new Columns(versions.size());
    for (ArticleVersion a : versions) {
      v.add(0, a.articleId()).add(1, a.feedId()).add(2, a.url()).add(3, a.title())
          .add(4, a.summary()).add(5, a.contentKind()).add(6, text(a.published()))
          .add(7, a.contentHash()).add(8, arrayLiteral(a.tags())).add(9, a.eventId())
          .add(10, text(a.eventTime())).add(11, text(a.firstSeen())).add(12, a.text());
    }
    return upsert(UPSERT_ARTICLES, v, 13, Set.of());
  }

  /**
   * What a classification upsert wrote: {@code changed}, the rows that changed (an older rule
   * pack, or the same classification again, changes nothing), and {@code toGroup}, those of them
   * the developments must look at — every changed row except a first classification that reports
   * no development. Such an article was never grouped (a source needs its classification row, and
   * this statement created it) and reports nothing now, so the grouping would only read it back to
   * find an empty list: three in four classifications of a feed are that (docs/query-service.md,
   * "Seventh round").
   */
  public record ClassificationsWritten(Set<String> changed, Set<String> toGroup) {}

  /** Upserts classifications; at most one per article id (the caller keeps the winner). */
  public ClassificationsWritten upsertClassifications(
      Collection<ClassificationVersion> versions) throws SQLException {
    if (versions.isEmpty()) {
      return new ClassificationsWritten(Set.of(), Set.of());
    }
    Columns v = new Columns(versions.size());
    for (ClassificationVersion cv : versions) {
      ArticleClassified data = cv.data();
      v.add(0, data.articleId()).add(1, cv.eventId()).add(2, text(cv.eventTime()))
          .add(3, data.contentHash()).add(4, arrayLiteral(data.rulePacks()))
          .add(5, arrayLiteral(List.of(cv.rank()))).add(6, data.labels().relevant())
          .add(7, data.labels().moratorium().json()).add(8, data.labels().legislation().json())
          .add(9, arrayLiteral(data.labels().actors())).add(10, arrayLiteral(actorKeys(data)))
          .add(11, data.labels().subjectTech().json()).add(12, data.language())
          .add(13, data.note()).add(14, data.truncated()).add(15, json(data.developments()));
    }
    Set<String> changed = new LinkedHashSet<>();
    Set<String> toGroup = new LinkedHashSet<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = prepare(c, UPSERT_CLASSIFICATIONS, v, 16, Set.of(6, 14));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        changed.add(rs.getString(1));
        // xmax = 0: the row was inserted by this statement, not updated (ON CONFLICT DO UPDATE
        // stamps the updated version with the updating transaction)
        boolean inserted = rs.getBoolean(2);
        boolean reports = rs.getBoolean(3);
        if (!inserted || reports) {
          toGroup.add(rs.getString(1));
        }
      }
    }
    return new ClassificationsWritten(changed, toGroup);
  }

  private Set<String> upsert(String sql, Columns columns, int count, Set<Integer> booleans)
      throws SQLException {
    Set<String> changed = new LinkedHashSet<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = prepare(c, sql, columns, count, booleans);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        changed.add(rs.getString(1));
      }
    }
    return changed;
  }

  private static PreparedStatement prepare(Connection c, String sql, Columns columns, int count,
      Set<Integer> booleans) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    try {
      for (int i = 0; i < count; i++) {
        ps.setArray(i + 1, c.createArrayOf(booleans.contains(i) ? "boolean" : "text",
            columns.column(i)));
      }
      return ps;
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  /** The rows of one statement, column by column. */
  private static final class Columns {
    private final Map<Integer, List<Object>> values = new HashMap<>();
    private final int rows;

    Columns(int rows) {
      this.rows = rows;
    }

    Columns add(int column, Object value) {
      values.computeIfAbsent(column, k -> new ArrayList<>(rows)).add(value);
      return this;
    }

    Object[] column(int column) {
      return values.get(column).toArray();
    }
  }

  /** A PostgreSQL array literal, every element quoted (so commas, braces and blanks are safe). */
  static String arrayLiteral(List<?> values) {
    StringBuilder out = new StringBuilder("{");
    for (Object value : values) {
      if (out.length() > 1) {
        out.append(',');
      }
      if (value == null) {
        out.append("NULL");
      } else {
        out.append('"').append(value.toString().replace("\\", "\\\\").replace("\"", "\\\""))
            .append('"');
      }
    }
    return out.append('}').toString();
  }

  static List<String> actorKeys(ArticleClassified data) {
    Set<String> keys = new LinkedHashSet<>();
    data.labels().actors().forEach(a -> keys.add(key(a)));
    for (Development d : data.developments()) {
      if (d.actor() != null && !d.actor().isBlank()) {
        keys.add(key(d.actor()));
      }
    }
    return new ArrayList<>(keys);
  }

  /** The form actors are matched in: trimmed, lower case. */
  public static String key(String actor) {
    return actor.trim().toLowerCase(Locale.ROOT);
  }

  private String json(List<Development> developments) {
    try {
      return mapper.writeValueAsString(developments);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize developments", e);
    }
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }

}
