package org.regwatch.query.articles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.regwatch.events.ArticleClassified;
import org.regwatch.events.Development;
import org.regwatch.events.EventCodec;

/**
 * Writes the article read model with batched natural-key upserts. Must run inside the caller's
 * transaction: the projection commits the whole batch at once and only then acknowledges it.
 *
 * <p>Both upserts are guarded so that replays and late arrivals cannot move a row backwards:
 * article metadata only moves forward in event time, a classification only when its rule-pack rank
 * (then its time) is not smaller than the stored one.
 */
@ApplicationScoped
public class ArticleWriter {

  private static final String UPSERT_ARTICLE =
      """
      INSERT INTO article (article_id, feed_id, url, title, summary, content_kind, published,
                           content_hash, tags, article_event_id, article_event_time, first_seen_at,
                           body, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
      ON CONFLICT (article_id) DO UPDATE SET
        feed_id = EXCLUDED.feed_id, url = EXCLUDED.url, title = EXCLUDED.title,
        summary = EXCLUDED.summary, body = EXCLUDED.body, content_kind = EXCLUDED.content_kind,
        published = EXCLUDED.published, content_hash = EXCLUDED.content_hash,
        tags = EXCLUDED.tags, article_event_id = EXCLUDED.article_event_id,
        article_event_time = EXCLUDED.article_event_time,
        first_seen_at = LEAST(article.first_seen_at, EXCLUDED.first_seen_at),
        updated_at = now()
      WHERE article.article_event_time IS NULL
         OR EXCLUDED.article_event_time >= article.article_event_time
      """;

  private static final String UPSERT_CLASSIFICATION =
      """
      INSERT INTO article (article_id, classification_event_id, classification_time,
                           classified_content_hash, rule_packs, rule_pack_rank, relevant,
                           moratorium, legislation, actors, actor_keys, subject_tech, language,
                           note, truncated, developments, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, now())
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
      WHERE article.rule_pack_rank IS NULL
         OR (EXCLUDED.rule_pack_rank, EXCLUDED.classification_time)
            >= (article.rule_pack_rank, article.classification_time)
      """;

  private final AgroalDataSource dataSource;
  private final ObjectMapper mapper;

  public ArticleWriter(AgroalDataSource dataSource, EventCodec codec) {
    this.dataSource = dataSource;
    this.mapper = codec.mapper();
  }

  /** Upserts article versions; at most one per article id (the caller keeps the newest). */
  public void upsertArticles(Collection<ArticleVersion> versions) throws SQLException {
    if (versions.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(UPSERT_ARTICLE)) {
      for (ArticleVersion v : versions) {
        ps.setString(1, v.articleId());
        ps.setString(2, v.feedId());
        ps.setString(3, v.url());
        ps.setString(4, v.title());
        ps.setString(5, v.summary());
        ps.setString(6, v.contentKind());
        ps.setTimestamp(7, timestamp(v.published()));
        ps.setString(8, v.contentHash());
        ps.setArray(9, textArray(c, v.tags()));
        ps.setString(10, v.eventId());
        ps.setTimestamp(11, timestamp(v.eventTime()));
        ps.setTimestamp(12, timestamp(v.firstSeen()));
        ps.setString(13, v.text());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Upserts classifications; at most one per article id (the caller keeps the winner). */
  public void upsertClassifications(Collection<ClassificationVersion> versions)
      throws SQLException {
    if (versions.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(UPSERT_CLASSIFICATION)) {
      for (ClassificationVersion v : versions) {
        ArticleClassified data = v.data();
        ps.setString(1, data.articleId());
        ps.setString(2, v.eventId());
        ps.setTimestamp(3, timestamp(v.eventTime()));
        ps.setString(4, data.contentHash());
        ps.setArray(5, textArray(c, data.rulePacks()));
        ps.setArray(6, c.createArrayOf("bigint", v.rank()));
        ps.setBoolean(7, data.labels().relevant());
        ps.setString(8, data.labels().moratorium().json());
        ps.setString(9, data.labels().legislation().json());
        ps.setArray(10, textArray(c, data.labels().actors()));
        ps.setArray(11, textArray(c, actorKeys(data)));
        ps.setString(12, data.labels().subjectTech().json());
        ps.setString(13, data.language());
        ps.setString(14, data.note());
        ps.setBoolean(15, data.truncated());
        ps.setString(16, json(data.developments()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
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

  private static Array textArray(Connection c, List<String> values) throws SQLException {
    return c.createArrayOf("varchar", values.toArray(String[]::new));
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

}
